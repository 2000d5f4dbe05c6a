import type { EventData } from '@freight/contracts';
import type { FieldChange } from '../shared/history.rules';
import type { StaffRef } from '../shared/staff';
import type { Order } from './order.entity';

// R4: every order event carries what tracking (timeline, delay detection), billing (charges)
// and planning (pickups) need — the whole order as it now is.

const SERVICE_MINUTES = 15;

export function orderSnapshot(o: Order) {
  return {
    orderId: o.orderId,
    waybillNo: o.waybillNo,
    branch: o.branch,
    customer: { customerId: o.customerId, company: o.customerCompany },
    agent: o.agent,
    shipper: o.shipper,
    consignee: o.consignee,
    lane: { origin: o.laneOrigin, destination: o.laneDestination },
    cargo: {
      description: o.cargo.description,
      pieces: o.cargo.pieces,
      weightKg: o.cargo.weightKg,
      volumeM3: o.cargo.volumeM3,
      dangerousGoodsClass: o.cargo.dangerousGoodsClass,
      ...(o.cargo.packaging ? { packaging: o.cargo.packaging } : {}),
    },
    price: o.price,
    paymentTerms: o.paymentTerms,
    codAmount: o.serviceOptions.codAmount
      ? { amountMinor: o.serviceOptions.codAmount, currency: 'CNY' }
      : null,
    deliveryMode: o.serviceOptions.deliveryMode,
    podRequired: o.serviceOptions.podRequired,
    promisedDeliveryAt: o.promisedDeliveryAt.toISOString(),
    pickupWindow: { from: o.pickupFrom.toISOString(), to: o.pickupTo.toISOString() },
    serviceMinutes: SERVICE_MINUTES,
    ...(o.requirements ? { requirements: o.requirements } : {}),
    ...(o.cautions ? { cautions: o.cautions } : {}),
    ...(o.quoteId ? { quoteId: o.quoteId } : {}),
  };
}

export const orderPlaced = (o: Order) => ({
  type: 'order.placed' as const,
  branch: o.branch,
  data: {
    ...orderSnapshot(o),
    placedAt: o.placedAt.toISOString(),
  } satisfies EventData<'order.placed'>,
});

export const orderAmended = (o: Order, changes: FieldChange[], by: StaffRef, at: Date) => ({
  type: 'order.amended' as const,
  branch: o.branch,
  data: {
    ...orderSnapshot(o),
    amendedAt: at.toISOString(),
    amendedBy: by,
    changes,
  } satisfies EventData<'order.amended'>,
});

export const orderCancelled = (o: Order, reason: string, by: StaffRef, at: Date) => ({
  type: 'order.cancelled' as const,
  branch: o.branch,
  data: {
    orderId: o.orderId,
    waybillNo: o.waybillNo,
    branch: o.branch,
    customerId: o.customerId,
    reason,
    cancelledAt: at.toISOString(),
    cancelledBy: by,
  } satisfies EventData<'order.cancelled'>,
});

export const orderAcknowledged = (o: Order, by: StaffRef, at: Date) => ({
  type: 'order.acknowledged' as const,
  branch: o.branch,
  data: {
    orderId: o.orderId,
    waybillNo: o.waybillNo,
    branch: o.branch,
    acknowledgedAt: at.toISOString(),
    acknowledgedBy: by,
  } satisfies EventData<'order.acknowledged'>,
});
