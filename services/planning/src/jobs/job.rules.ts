import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { orderPlacedV1Schema } from '@freight/contracts';

// R40 inputs: which pickups and deliveries an order gives a branch, and on which day.
// Decision 0091 writes these interpretations down.

export type OrderSnapshot = Omit<z.output<typeof orderPlacedV1Schema>, 'placedAt'>;
type Party = OrderSnapshot['shipper'];

export interface JobSettings {
  /** lane region code → the branch that delivers there (door deliveries) */
  regionBranches: Record<string, string>;
  /** HH:MM: door deliveries of a day start then */
  deliveryDayStart: string;
  timeZone: string;
}

export interface JobDraft {
  id: string;
  branch: string;
  kind: 'pickup' | 'delivery';
  orderId: string;
  waybillNo: string;
  customer: string;
  name: string;
  phone: string;
  address: string;
  lat: number | null;
  lng: number | null;
  weightKg: string;
  volumeM3: string;
  dangerousGoodsClass: string;
  windowFrom: Date;
  windowTo: Date;
  serviceMinutes: number;
  planDate: string;
}

/** The day an instant falls on in the branches' time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** `HH:MM` on a day, in the branches' time zone, as an instant. */
export function atLocalTime(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(date, { zone: timeZone }).set({ hour, minute }).toJSDate();
}

/** One line a driver reads: 上海市浦东新区张江路 88 号 (a city-province is written once). */
export function addressLine(address: Party['address']): string {
  const parts = [address.province, address.city, address.district, address.street];
  return parts.filter((p, i) => p && !(i === 1 && p === address.province)).join('');
}

/**
 * A door delivery is planned on the day of the promised delivery, at the destination branch,
 * from the start of its delivery day until the promised time (R13 counts lateness from it).
 * A promise before the delivery day starts leaves a one-hour window before it: no shift may
 * cover it, and the plan then says so (decision 0091).
 */
export function deliveryWindow(
  promisedAt: Date,
  settings: JobSettings,
): { from: Date; to: Date; date: string } {
  const date = localDate(promisedAt, settings.timeZone);
  const dayStart = atLocalTime(date, settings.deliveryDayStart, settings.timeZone);
  const from = dayStart < promisedAt ? dayStart : new Date(promisedAt.getTime() - 3_600_000);
  return { from, to: promisedAt, date };
}

function jobOf(
  order: OrderSnapshot,
  kind: 'pickup' | 'delivery',
  branch: string,
  party: Party,
  window: { from: Date; to: Date; date: string },
): JobDraft {
  const coordinates = party.address.coordinates;
  return {
    id: `${order.waybillNo}:${kind}`,
    branch,
    kind,
    orderId: order.orderId,
    waybillNo: order.waybillNo,
    customer: order.customer.company,
    name: party.name,
    phone: party.phone,
    address: addressLine(party.address),
    lat: coordinates?.lat ?? null,
    lng: coordinates?.lng ?? null,
    weightKg: String(order.cargo.weightKg),
    volumeM3: String(order.cargo.volumeM3),
    dangerousGoodsClass: order.cargo.dangerousGoodsClass,
    windowFrom: window.from,
    windowTo: window.to,
    serviceMinutes: order.serviceMinutes,
    planDate: window.date,
  };
}

/**
 * R40: an order gives its branch a pickup at the shipper within the pickup window, on the day
 * the window opens; a door delivery (送货上门) gives the destination branch a delivery at the
 * consignee. Self-pickup at the destination (自提) needs no vehicle; a destination region no
 * branch serves gives no delivery job (the caller logs it).
 */
export function jobsOfOrder(order: OrderSnapshot, settings: JobSettings): JobDraft[] {
  const from = new Date(order.pickupWindow.from);
  const pickup = jobOf(order, 'pickup', order.branch, order.shipper, {
    from,
    to: new Date(order.pickupWindow.to),
    date: localDate(from, settings.timeZone),
  });
  const destination = settings.regionBranches[order.lane.destination];
  if (order.deliveryMode !== 'door' || !destination) return [pickup];
  const window = deliveryWindow(new Date(order.promisedDeliveryAt), settings);
  return [pickup, jobOf(order, 'delivery', destination, order.consignee, window)];
}
