import { DateTime } from 'luxon';

// Months and days as the desk counts them: in Asia/Shanghai (domain.md, Time). Stored instants
// are UTC; a report of "2026-03" covers [03-01 00:00, 04-01 00:00) Shanghai time.

export const DESK_ZONE = 'Asia/Shanghai';

export interface Range {
  from: Date;
  to: Date;
}

/** `2026-03` → its instants [from, to). */
export function monthRange(month: string): Range {
  const start = DateTime.fromISO(`${month}-01`, { zone: DESK_ZONE });
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

/** `2026-03-02` → its instants [from, to). */
export function dayRange(date: string): Range {
  const start = DateTime.fromISO(date, { zone: DESK_ZONE });
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

/** The month an instant falls in, `YYYY-MM`. */
export function monthOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: DESK_ZONE }).toFormat('yyyy-MM');
}

/** `2026-03` and -2 → `2026-01`. */
export function addMonths(month: string, months: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: DESK_ZONE }).plus({ months }).toFormat('yyyy-MM');
}
