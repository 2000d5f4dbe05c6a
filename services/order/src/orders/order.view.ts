import type { Order } from './order.entity';

const iso = (d: Date | null) => d?.toISOString();

/** One order as the API answers it (OrderHttp.orderView). */
export function orderView(o: Order) {
  return {
    orderId: o.orderId,
    waybillNo: o.waybillNo,
    branch: o.branch,
    status: o.status,
    customer: { customerId: o.customerId, company: o.customerCompany },
    agent: o.agent,
    shipper: o.shipper,
    consignee: o.consignee,
    lane: { origin: o.laneOrigin, destination: o.laneDestination },
    cargo: o.cargo,
    serviceOptions: o.serviceOptions,
    price: o.price,
    paymentTerms: o.paymentTerms,
    pickupWindow: { from: o.pickupFrom.toISOString(), to: o.pickupTo.toISOString() },
    promisedDeliveryAt: o.promisedDeliveryAt.toISOString(),
    ...(o.requirements ? { requirements: o.requirements } : {}),
    ...(o.cautions ? { cautions: o.cautions } : {}),
    ...(o.customerReference ? { customerReference: o.customerReference } : {}),
    ...(o.quoteId ? { quoteId: o.quoteId } : {}),
    placedAt: o.placedAt.toISOString(),
    acknowledgement: {
      dueDeadlineId: o.ackDeadlineId,
      ...(o.acknowledgedAt ? { at: iso(o.acknowledgedAt), by: o.acknowledgedBy ?? undefined } : {}),
    },
    ...(o.dispatchedAt ? { dispatchedAt: iso(o.dispatchedAt) } : {}),
    ...(o.deliveredAt ? { deliveredAt: iso(o.deliveredAt) } : {}),
    ...(o.cancellation ? { cancellation: o.cancellation } : {}),
    ...(o.collection ? { collection: o.collection } : {}),
    pickupNotices: o.pickupNotices,
    escalations: o.escalations,
    version: o.version,
  };
}

/** An order in a search result (OrderHttp.orderSummaryView). */
export const orderSummaryView = (o: Order) => ({
  orderId: o.orderId,
  waybillNo: o.waybillNo,
  branch: o.branch,
  status: o.status,
  customer: { customerId: o.customerId, company: o.customerCompany },
  lane: { origin: o.laneOrigin, destination: o.laneDestination },
  placedAt: o.placedAt.toISOString(),
  promisedDeliveryAt: o.promisedDeliveryAt.toISOString(),
  pieces: o.pieces,
  weightKg: o.weightKg,
  volumeM3: o.volumeM3,
  total: o.price.total,
  consignee: o.consignee.name,
});
