import { DateTime } from 'luxon';
import { PodNotExpected, BatchNotPrepared } from './pod.errors';
import type { PodState } from './pod.entity';

// R14: delivered shipments bring back a POD; each month the PODs are sorted by customer and
// sent back — or kept, for customers who do not want them; missing ones are chased. Pure.

const ZONE = 'Asia/Shanghai';

/** The month (YYYY-MM, in Shanghai) an instant falls in: a POD's return month. */
export const monthOf = (at: Date): string =>
  DateTime.fromJSDate(at, { zone: ZONE }).toFormat('yyyy-MM');

/** The first instant of a month in Shanghai: the fixed start of its return deadline. */
export const monthStart = (month: string): Date =>
  DateTime.fromFormat(month, 'yyyy-MM', { zone: ZONE }).startOf('month').toJSDate();

/**
 * When a month's PODs are due back to the customers: its end, i.e. the first instant of the next
 * month in Shanghai — as the scheduler computes `end-of-month` (decision 0031).
 */
export const monthEnd = (month: string): Date =>
  DateTime.fromFormat(month, 'yyyy-MM', { zone: ZONE })
    .plus({ months: 1 })
    .startOf('month')
    .toJSDate();

/** R14: a POD not back `days` days after delivery is chased from then on. */
export const chaseDueAt = (deliveredAt: Date, days: number): Date =>
  new Date(deliveredAt.getTime() + days * 86_400_000);

/** Only an expected POD can arrive or be chased. */
export function checkExpected(waybillNo: string, state: PodState): void {
  if (state !== 'expected') throw new PodNotExpected(waybillNo, state);
}

export function checkPrepared(batchId: string, state: string): void {
  if (state !== 'prepared') throw new BatchNotPrepared(batchId, state);
}

export interface ReceivedPod {
  waybillNo: string;
  customerId: string;
  customerCompany: string;
}

export interface CustomerBatch {
  customerId: string;
  customerCompany: string;
  disposition: 'return' | 'keep';
  waybillNos: string[];
}

/**
 * R14 "each month PODs are sorted and sent back to customers, those the customer does not
 * want are kept": one batch per customer, sent back unless the customer asked us to keep them.
 * Customers in id order, waybills in number order: the packet's list reads the same each time.
 */
export function sortIntoBatches(
  pods: readonly ReceivedPod[],
  keepFor: (customerId: string) => boolean,
): CustomerBatch[] {
  const byCustomer = new Map<string, CustomerBatch>();
  for (const pod of [...pods].sort((a, b) => a.waybillNo.localeCompare(b.waybillNo))) {
    const batch = byCustomer.get(pod.customerId) ?? {
      customerId: pod.customerId,
      customerCompany: pod.customerCompany,
      disposition: keepFor(pod.customerId) ? 'keep' : 'return',
      waybillNos: [],
    };
    batch.waybillNos.push(pod.waybillNo);
    byCustomer.set(pod.customerId, batch);
  }
  return [...byCustomer.values()].sort((a, b) => a.customerId.localeCompare(b.customerId));
}

/** `PRB-SH01-2025-03-CUST-SH-0001-2`: branch, month, customer, the customer's nth batch. */
export const batchIdOf = (branch: string, month: string, customerId: string, n: number) =>
  `PRB-${branch}-${month}-${customerId}-${n}`;

/** A month's return is done when nothing received is left unsorted and nothing waits to be sent. */
export const returnDone = (unsorted: number, waitingToBeSent: number): boolean =>
  unsorted === 0 && waitingToBeSent === 0;
