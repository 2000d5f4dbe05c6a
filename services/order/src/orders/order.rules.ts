import type { OrderHttp } from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { z } from 'zod';
import type { BillingTerms } from '../customers/customer.entity';
import type { InquiryCargo } from '../inquiries/inquiry.entity';
import type { LaneCodes, Price, ServiceOptions, ShipmentToPrice } from '../rates/pricing.rules';
import { EscalationRaised, withEscalation } from '../shared/escalations';
import { changesOf, FieldChange } from '../shared/history.rules';
import type { StaffRef } from '../shared/staff';
import { ackDeadlineId, askAcknowledgement, endAcknowledgementClock } from './order.deadlines';
import type { Order, OrderStatus, Party, PaymentTerms } from './order.entity';
import { NothingToAcknowledge, OrderNoLongerChangeable, PriceLockedByQuote } from './order.errors';
import { orderAcknowledged, orderAmended, orderCancelled, orderPlaced } from './order.events';

// R4: the work order's rules, pure — placed (from a locked quote or direct), acknowledged by the
// documents desk, amended or cancelled until dispatched, with history.

export type NewOrder = z.output<typeof OrderHttp.newOrderBody>;
export type OrderPatch = z.output<typeof OrderHttp.orderPatchBody>;

export interface OrderChange {
  order: Order;
  events: KnownOutgoingEvent[];
  /** the lines of its history (R4) */
  history: FieldChange[];
}

/** Everything an order is made of, as the handler assembles it before it gets its waybill. */
export interface OrderDraft {
  branch: string;
  customer: { customerId: string; company: string };
  shipper: Party;
  consignee: Party;
  lane: LaneCodes;
  cargo: InquiryCargo;
  serviceOptions: ServiceOptions;
  price: Price;
  paymentTerms: PaymentTerms;
  pickupWindow: { from: Date; to: Date };
  promisedDeliveryAt: Date;
  requirements?: string;
  cautions?: string;
  customerReference?: string;
  quoteId?: string;
}

/** Until dispatched (R4). */
const CHANGEABLE: readonly OrderStatus[] = ['placed', 'acknowledged', 'amended'];

/** A monthly-statement customer ships on account (月结); a cash customer prepays (现付). */
export const defaultPaymentTerms = (terms: BillingTerms): PaymentTerms =>
  terms.kind === 'monthly' ? 'monthly' : 'prepaid';

/** The promise when the customer names none: the pickup window's end + the lane's transit days. */
export const promisedDelivery = (pickupTo: Date, leadTimeDays: number) =>
  new Date(pickupTo.getTime() + leadTimeDays * 86_400_000);

/** What the rate table prices of an order (a direct order, or a direct order amended). */
export const shipmentOfOrder = (
  o: Pick<Order, 'shipper' | 'consignee' | 'cargo' | 'serviceOptions'>,
): ShipmentToPrice => ({
  origin: o.shipper.address,
  destination: o.consignee.address,
  cargo: o.cargo,
  services: o.serviceOptions,
});

export function placeOrder(
  draft: OrderDraft,
  waybillNo: string,
  by: StaffRef,
  now: Date,
  ackWithin: string,
): OrderChange {
  const orderId = `ORD-${waybillNo}`;
  const order: Order = {
    orderId,
    waybillNo,
    branch: draft.branch,
    status: 'placed',
    customerId: draft.customer.customerId,
    customerCompany: draft.customer.company,
    agent: by,
    shipper: draft.shipper,
    consignee: draft.consignee,
    laneOrigin: draft.lane.origin,
    laneDestination: draft.lane.destination,
    cargo: draft.cargo,
    pieces: draft.cargo.pieces,
    weightKg: draft.cargo.weightKg,
    volumeM3: draft.cargo.volumeM3,
    serviceOptions: draft.serviceOptions,
    price: draft.price,
    netMinor: draft.price.net.amountMinor,
    totalMinor: draft.price.total.amountMinor,
    paymentTerms: draft.paymentTerms,
    pickupFrom: draft.pickupWindow.from,
    pickupTo: draft.pickupWindow.to,
    promisedDeliveryAt: draft.promisedDeliveryAt,
    requirements: draft.requirements ?? null,
    cautions: draft.cautions ?? null,
    customerReference: draft.customerReference ?? null,
    quoteId: draft.quoteId ?? null,
    placedAt: now,
    ackDeadlineId: ackDeadlineId(orderId, 1),
    ackRound: 1,
    acknowledgedAt: null,
    acknowledgedBy: null,
    dispatchedAt: null,
    deliveredAt: null,
    cancellation: null,
    collection: null,
    pickupNotices: 0,
    lastNotifiedAt: null,
    escalations: [],
    version: 1,
  };
  return {
    order,
    events: [orderPlaced(order), askAcknowledgement(order, ackWithin, now)],
    history: [],
  };
}

function mustBeChangeable(order: Order): void {
  if (!CHANGEABLE.includes(order.status))
    throw new OrderNoLongerChangeable(order.waybillNo, order.status);
}

/** The amendable part of an order, as its history compares it. */
const amendable = (o: Order) => ({
  shipper: o.shipper,
  consignee: o.consignee,
  cargo: o.cargo,
  serviceOptions: o.serviceOptions,
  paymentTerms: o.paymentTerms,
  pickupWindow: { from: o.pickupFrom.toISOString(), to: o.pickupTo.toISOString() },
  promisedDeliveryAt: o.promisedDeliveryAt.toISOString(),
  requirements: o.requirements,
  cautions: o.cautions,
  lane: { origin: o.laneOrigin, destination: o.laneDestination },
  total: o.totalMinor,
});

/** The order with the patch applied, not yet repriced (R4). */
export function applyPatch(order: Order, patch: OrderPatch): Order {
  mustBeChangeable(order);
  const cargo = { ...order.cargo, ...patch.cargo };
  return {
    ...order,
    shipper: patch.shipper ?? order.shipper,
    consignee: patch.consignee ?? order.consignee,
    cargo,
    pieces: cargo.pieces,
    weightKg: cargo.weightKg,
    volumeM3: cargo.volumeM3,
    serviceOptions: { ...order.serviceOptions, ...patch.serviceOptions },
    paymentTerms: patch.paymentTerms ?? order.paymentTerms,
    pickupFrom: patch.pickupWindow ? new Date(patch.pickupWindow.from) : order.pickupFrom,
    pickupTo: patch.pickupWindow ? new Date(patch.pickupWindow.to) : order.pickupTo,
    promisedDeliveryAt: patch.promisedDeliveryAt
      ? new Date(patch.promisedDeliveryAt)
      : order.promisedDeliveryAt,
    requirements: patch.requirements ?? order.requirements,
    cautions: patch.cautions ?? order.cautions,
  };
}

/** Whether the price follows the change: cargo, services or a party's city. */
export function priceChanging(before: Order, after: Order): string[] {
  const moved = (a: Party, b: Party) =>
    a.address.city !== b.address.city || a.address.province !== b.address.province;
  return [
    ...(JSON.stringify(before.cargo) !== JSON.stringify(after.cargo) ? ['cargo'] : []),
    ...(JSON.stringify(before.serviceOptions) !== JSON.stringify(after.serviceOptions)
      ? ['serviceOptions']
      : []),
    ...(moved(before.shipper, after.shipper) ? ['shipper.address'] : []),
    ...(moved(before.consignee, after.consignee) ? ['consignee.address'] : []),
  ];
}

/** A quote fixes its price: what would change it is refused (R4). */
export function mustKeepQuotedPrice(before: Order, after: Order): void {
  const fields = priceChanging(before, after);
  if (before.quoteId && fields.length > 0) throw new PriceLockedByQuote(before.quoteId, fields);
}

export const withPrice = (order: Order, lane: LaneCodes, price: Price): Order => ({
  ...order,
  laneOrigin: lane.origin,
  laneDestination: lane.destination,
  price,
  netMinor: price.net.amountMinor,
  totalMinor: price.total.amountMinor,
});

/**
 * R4: the amendment, with its history. After the documents desk acknowledged the order, the
 * change needs a new acknowledgement: the order is `amended` and a new clock is armed.
 */
export function amendOrder(
  before: Order,
  after: Order,
  by: StaffRef,
  now: Date,
  ackWithin: string,
): OrderChange {
  const history = changesOf(amendable(before), amendable(after), [
    'shipper',
    'consignee',
    'cargo',
    'serviceOptions',
    'pickupWindow',
    'lane',
  ]);
  if (history.length === 0) return { order: before, events: [], history };
  const reAsk = before.status === 'acknowledged';
  const round = reAsk ? before.ackRound + 1 : before.ackRound;
  const order: Order = {
    ...after,
    status: reAsk ? 'amended' : before.status,
    ackRound: round,
    ackDeadlineId: reAsk ? ackDeadlineId(before.orderId, round) : before.ackDeadlineId,
    version: before.version + 1,
  };
  return {
    order,
    history,
    events: [
      orderAmended(order, history, by, now),
      ...(reAsk ? [askAcknowledgement(order, ackWithin, now)] : []),
    ],
  };
}

export function cancelOrder(order: Order, reason: string, by: StaffRef, now: Date): OrderChange {
  mustBeChangeable(order);
  const cancelled: Order = {
    ...order,
    status: 'cancelled',
    cancellation: { at: now.toISOString(), by, reason },
    ackDeadlineId: null,
    version: order.version + 1,
  };
  return {
    order: cancelled,
    history: [{ field: 'status', from: order.status, to: 'cancelled' }],
    events: [
      orderCancelled(order, reason, by, now),
      ...(order.ackDeadlineId ? [endAcknowledgementClock(order, 'withdrawn')] : []),
    ],
  };
}

/** R4: the documents desk has the work order (again, after an amendment). */
export function acknowledgeOrder(
  order: Order,
  by: StaffRef,
  now: Date,
  note?: string,
): OrderChange {
  if (order.status !== 'placed' && order.status !== 'amended')
    throw new NothingToAcknowledge(order.waybillNo, order.status);
  const acknowledged: Order = {
    ...order,
    status: 'acknowledged',
    acknowledgedAt: now,
    acknowledgedBy: by,
    ackDeadlineId: null,
    version: order.version + 1,
  };
  return {
    order: acknowledged,
    history: [
      { field: 'status', from: order.status, to: 'acknowledged' },
      ...(note ? [{ field: 'acknowledgement.note', from: null, to: note }] : []),
    ],
    events: [
      orderAcknowledged(order, by, now),
      ...(order.ackDeadlineId ? [endAcknowledgementClock(order, 'done')] : []),
    ],
  };
}

/**
 * What tracking reports (R11) moves the order on: any step of the journey means dispatched
 * (no longer amendable, R4); delivered is delivered. Never backwards; cancelled or collected
 * orders stay as they are. An acknowledgement still owed is moot once the goods left.
 */
export function shipmentProgressed(order: Order, status: string, at: Date): OrderChange | null {
  if (order.status === 'cancelled' || order.status === 'collected' || order.status === 'delivered')
    return null;
  const next: Order =
    status === 'delivered'
      ? { ...order, status: 'delivered', deliveredAt: at, dispatchedAt: order.dispatchedAt ?? at }
      : CHANGEABLE.includes(order.status)
        ? { ...order, status: 'dispatched', dispatchedAt: at }
        : order;
  if (next === order) return null;
  const done = { ...next, ackDeadlineId: null, version: order.version + 1 };
  return {
    order: done,
    history: [{ field: 'status', from: order.status, to: next.status }],
    events: order.ackDeadlineId ? [endAcknowledgementClock(order, 'superseded')] : [],
  };
}

/** R4: a lapsed level of the acknowledgement clock, recorded once (only while it is owed). */
export function recordAckEscalation(order: Order, escalation: EscalationRaised): Order | null {
  if (escalation.deadlineId !== order.ackDeadlineId) return null;
  const escalations = withEscalation(order.escalations, escalation);
  return escalations ? { ...order, escalations, version: order.version + 1 } : null;
}
