import type { TrackingHttp } from '@freight/contracts';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { Shipment } from './shipment.entity';
import { deliveredOnTime } from './shipment-status.rules';
import type { TrackingStepRow } from './tracking-step';

export type ShipmentView = z.input<typeof TrackingHttp.shipmentView>;
export type TimelineStepView = z.input<typeof TrackingHttp.timelineStep>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The ship date (R12, R14 shipping notes): the day it was picked up, else the planned pickup day. */
export const shipDateOf = (s: Pick<Shipment, 'pickedUpAt' | 'pickupFrom'>): string =>
  DateTime.fromJSDate(s.pickedUpAt ?? s.pickupFrom, { zone: 'Asia/Shanghai' }).toISODate()!;

export function shipmentView(s: Shipment): ShipmentView {
  return {
    waybillNo: s.waybillNo,
    orderId: s.orderId,
    branch: s.branch,
    customer: { customerId: s.customerId, company: s.customerCompany },
    lane: { origin: s.origin, destination: s.destination },
    shipper: { name: s.shipper.name, city: s.shipper.city },
    consignee: {
      name: s.consignee.name,
      city: s.consignee.city,
      district: s.consignee.district ?? null,
    },
    cargo: {
      description: s.cargo.description,
      pieces: s.cargo.pieces,
      weightKg: s.cargo.weightKg,
      volumeM3: s.cargo.volumeM3,
      dangerousGoodsClass: s.cargo.dangerousGoodsClass,
      packaging: s.cargo.packaging ?? null,
    },
    podRequired: s.podRequired,
    promisedDeliveryAt: s.promisedDeliveryAt.toISOString(),
    shipDate: shipDateOf(s),
    placedAt: s.placedAt.toISOString(),
    cancelled: s.cancelledAt
      ? { at: s.cancelledAt.toISOString(), reason: s.cancelReason ?? '' }
      : null,
    status: s.status,
    statusAt: iso(s.statusAt),
    lastPlace: s.lastPlace,
    lastVehicle: s.lastVehicle,
    pickedUpAt: iso(s.pickedUpAt),
    deliveredAt: iso(s.deliveredAt),
    onTime: s.deliveredAt ? deliveredOnTime(s.deliveredAt, s.promisedDeliveryAt) : null,
  };
}

export function timelineStepView(r: TrackingStepRow): TimelineStepView {
  return {
    status: r.status,
    occurredAt: r.occurred_at.toISOString(),
    place: { code: r.place_code, name: r.place_name },
    vehicle: { plate: r.vehicle_plate },
    driver: r.driver_name ? { name: r.driver_name, phone: r.driver_phone } : null,
    exception: r.exception_kind ? { kind: r.exception_kind, note: r.exception_note ?? '' } : null,
    recordedAt: r.recorded_at.toISOString(),
  };
}
