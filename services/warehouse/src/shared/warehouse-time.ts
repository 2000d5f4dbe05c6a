import { DateTime } from 'luxon';

/** The warehouses keep Shanghai time: dates on forms, "the month" of R31–R34 and R38. */
export const WAREHOUSE_ZONE = 'Asia/Shanghai';

const local = (instant: Date) => DateTime.fromJSDate(instant, { zone: WAREHOUSE_ZONE });

/** `YYYY-MM-DD` of an instant in Shanghai. */
export const localDate = (instant: Date): string => local(instant).toISODate()!;

/** `YYYY-MM` of an instant in Shanghai (a fine's month, a return's month). */
export const monthOf = (instant: Date): string => local(instant).toFormat('yyyy-MM');

/** `YYYY-MM` of a calendar date. */
export const monthOfDate = (date: string): string => date.slice(0, 7);

/** The first instant after the month `YYYY-MM` in Shanghai: when "within the month" ends. */
export function endOfMonth(month: string): Date {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: WAREHOUSE_ZONE })
    .plus({ months: 1 })
    .toJSDate();
}

/** The last calendar day of `YYYY-MM` and the first day of the month after (R36 virtual returns). */
export function monthBoundaryDates(month: string): { lastDay: string; nextFirstDay: string } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: WAREHOUSE_ZONE });
  return {
    lastDay: start.endOf('month').toISODate()!,
    nextFirstDay: start.plus({ months: 1 }).toISODate()!,
  };
}

/** 1 January 00:00 in Shanghai after `instant`: "all back by year end" (R34). */
export function yearEndAfter(instant: Date): Date {
  return local(instant).startOf('year').plus({ years: 1 }).toJSDate();
}

/** `2025年3月5日`, as red reversals cite the provisional receipt (R35). */
export const chineseDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
