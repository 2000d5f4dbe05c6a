import type { TrackingStatus } from '../shipments/shipment-status.rules';

// R11 "customers are informed of status changes": what a customer hears of unless they said
// otherwise — pickup, the day it goes out for delivery, delivery, and any exception — by e-mail
// to the address on their file. SMS is opt-in (a mobile number the customer gave). Pure.

export const DEFAULT_NOTIFY_STATUSES: readonly TrackingStatus[] = [
  'picked-up',
  'out-for-delivery',
  'delivered',
  'exception',
];

export interface ContactFile {
  email?: string;
  contacts: { phone: string; email?: string }[];
}

/** Where a customer's mail goes: the file's notice address, else its first contact's. */
export function emailOf(file: ContactFile): string | null {
  return file.email ?? file.contacts.find((c) => c.email)?.email ?? null;
}

/** The first contact with a mobile number (11 digits from 1): SMS can reach only those. */
export function mobileOf(file: ContactFile): string | null {
  const digits = file.contacts.map((c) =>
    c.phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, ''),
  );
  return digits.find((d) => /^1\d{10}$/.test(d)) ?? null;
}
