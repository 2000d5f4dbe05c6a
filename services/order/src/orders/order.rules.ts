import type { OrderHttp } from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { z } from 'zod';
import type { BillingTerms } from '../customers/customer.entity';
import type { InquiryCargo } from '../inquiries/inquiry.entity';
import type { LaneCodes, Price, ServiceOptions, ShipmentToPrice } from '../rates/pricing.rules';
import type { FieldChange } from '../shared/history.rules';
import type { StaffRef } from '../shared/staff';
import { ackDeadlineId, askAcknowledgement, endAcknowledgementClock } from './order.deadlines';
import type { Order, OrderStatus, Party, PaymentTerms } from './order.entity';
import { NothingToAcknowledge, OrderNoLongerChangeable } from './order.errors';
import { orderAcknowledged, orderCancelled, orderPlaced } from './order.events';

// R4: the work order's rules, pure — placed (from a locked quote or direct), acknowledged by the
// documents desk, cancelled until dispatched (amendments: order-amendment.rules.ts).

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
export const CHANGEABLE: readonly OrderStatus[] = ['placed', 'acknowledged', 'amended'];

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

export function mustBeChangeable(order: Order): void {
  if (!CHANGEABLE.includes(order.status))
    throw new OrderNoLongerChangeable(order.waybillNo, order.status);
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
