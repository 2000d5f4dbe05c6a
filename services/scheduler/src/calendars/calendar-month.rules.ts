import { DateTime } from 'luxon';

/**
 * R14, R32, R33, R34 say "within the month, at most two (months)". Our reading, agreed with
 * docs/scheduler.md: the work is DUE at the end of the calendar month in which it started, in
 * the branch's time zone (the first instant of the next month), and the HARD LIMIT is the end
 * of the following month. Started on 31 January → due 1 February 00:00, limit 1 March 00:00.
 */
export interface MonthlyLimits {
  due: Date;
  hardLimit: Date;
}

/** The first instant after the calendar month of `start` (+ `monthsLater`) in `timeZone`. */
export function endOfCalendarMonth(timeZone: string, start: Date, monthsLater = 0): Date {
  return DateTime.fromJSDate(start, { zone: timeZone })
    .startOf('month')
    .plus({ months: monthsLater + 1 })
    .toJSDate();
}

export function monthlyLimits(timeZone: string, start: Date): MonthlyLimits {
  return {
    due: endOfCalendarMonth(timeZone, start),
    hardLimit: endOfCalendarMonth(timeZone, start, 1),
  };
}
