import { DateTime } from 'luxon';

// Months and dates are the company's (Asia/Shanghai, no daylight saving): a shipment placed at
// 23:30 UTC on 31 March belongs to April. Periods are stored as the first day of the month.

export const ZONE = 'Asia/Shanghai';

const local = (instant: Date | string) =>
  (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(
    ZONE,
  );

/** `YYYY-MM` of an instant, in China. */
export const monthOf = (instant: Date | string): string => local(instant).toFormat('yyyy-MM');

/** `YYYY-MM-DD` of an instant, in China. */
export const dateOf = (instant: Date | string): string => local(instant).toISODate()!;

/** `2025-03` → `2025-03-01`, the period's key in the database. */
export const periodDate = (month: string): string => `${month}-01`;

/** `2025-03-01` (or a Date from a date column) → `2025-03`. */
export const monthOfPeriod = (period: string | Date): string =>
  typeof period === 'string' ? period.slice(0, 7) : DateTime.fromJSDate(period).toFormat('yyyy-MM');

/** The first instant of a month in China, e.g. `2025-03` → 2025-02-28T16:00:00Z. */
export const monthStart = (month: string): Date =>
  DateTime.fromISO(`${month}-01`, { zone: ZONE }).toJSDate();

/** The first instant after the month: when its close may start. */
export const monthEnd = (month: string): Date =>
  DateTime.fromISO(`${month}-01`, { zone: ZONE }).plus({ months: 1 }).toJSDate();

/** The last calendar day of a month, `YYYY-MM-DD`. */
export const lastDayOf = (month: string): string =>
  DateTime.fromISO(`${month}-01`).endOf('month').toISODate()!;

export const nextMonth = (month: string, by = 1): string =>
  DateTime.fromISO(`${month}-01`).plus({ months: by }).toFormat('yyyy-MM');

/** Whole days from one calendar date to another (`YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string): number =>
  Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);

/** A calendar date plus days. */
export const addDays = (date: string, days: number): string =>
  DateTime.fromISO(date).plus({ days }).toISODate()!;

/** The end of a calendar day in China (a payment due date lapses after it). */
export const endOfDay = (date: string): Date =>
  DateTime.fromISO(date, { zone: ZONE }).plus({ days: 1 }).toJSDate();
