import type { LaneCodes, Price } from '../rates/pricing.rules';
import { changesOf } from '../shared/history.rules';
import type { StaffRef } from '../shared/staff';
import { ackDeadlineId, askAcknowledgement } from './order.deadlines';
import type { Order, Party } from './order.entity';
import { PriceLockedByQuote } from './order.errors';
import { orderAmended } from './order.events';
import { mustBeChangeable, OrderChange, OrderPatch } from './order.rules';

// R4 amendments until dispatched, with history: the patch applied, the price kept (a quote's)
// or to be repriced (a direct order's), and a new acknowledgement when the desk had one.

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
