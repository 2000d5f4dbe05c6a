import type { orderPlacedV1Schema } from '@freight/contracts';
import type { z } from 'zod';
import type { PartyRecord, Shipment } from './shipment.entity';

// R4 → R11: the order as the tracking service keeps it, from the order service's complete
// snapshots (placed, amended). Pure.

export type OrderSnapshot = Omit<z.output<typeof orderPlacedV1Schema>, 'placedAt'>;

const party = (p: OrderSnapshot['shipper']): PartyRecord => ({
  name: p.name,
  ...(p.contact ? { contact: p.contact } : {}),
  phone: p.phone,
  province: p.address.province,
  city: p.address.city,
  ...(p.address.district ? { district: p.address.district } : {}),
  ...(p.address.street ? { street: p.address.street } : {}),
});

/** Phone digits only: callers give them with or without spaces, dashes or +86 (R12, public route). */
export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '');

/** The order's part of a shipment row, as of `changedAt` (placed or amended). */
export function orderFields(order: OrderSnapshot, changedAt: Date) {
  return {
    orderId: order.orderId,
    branch: order.branch,
    customerId: order.customer.customerId,
    customerCompany: order.customer.company,
    shipper: party(order.shipper),
    consignee: party(order.consignee),
    consigneePhone: phoneDigits(order.consignee.phone),
    origin: order.lane.origin,
    destination: order.lane.destination,
    cargo: {
      description: order.cargo.description,
      pieces: order.cargo.pieces,
      weightKg: order.cargo.weightKg,
      volumeM3: order.cargo.volumeM3,
      dangerousGoodsClass: order.cargo.dangerousGoodsClass,
      ...(order.cargo.packaging ? { packaging: order.cargo.packaging } : {}),
      ...(order.requirements ? { requirements: order.requirements } : {}),
      ...(order.cautions ? { cautions: order.cautions } : {}),
    },
    // R12: what a caller may describe the goods by
    features: [order.cargo.description, order.cargo.packaging, order.requirements, order.cautions]
      .filter(Boolean)
      .join(' · '),
    podRequired: order.podRequired,
    promisedDeliveryAt: new Date(order.promisedDeliveryAt),
    pickupFrom: new Date(order.pickupWindow.from),
    orderChangedAt: changedAt,
  } satisfies Partial<Shipment>;
}

/** An amendment older than what is kept (a redelivery after a newer one) changes nothing. */
export const isNewer = (shipment: Pick<Shipment, 'orderChangedAt'>, changedAt: Date): boolean =>
  changedAt.getTime() > shipment.orderChangedAt.getTime();

/** R13: the promised time moved, and the shipment's clock still runs: move it too. */
export const promiseMoved = (
  shipment: Pick<Shipment, 'promisedDeliveryAt' | 'deliveredAt' | 'cancelledAt'>,
  promisedDeliveryAt: Date,
): boolean =>
  shipment.deliveredAt === null &&
  shipment.cancelledAt === null &&
  shipment.promisedDeliveryAt.getTime() !== promisedDeliveryAt.getTime();
