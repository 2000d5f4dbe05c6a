import { DateTime, Duration } from 'luxon';
import { addBusinessDuration, BusinessCalendar } from './business-calendar.rules';
import { InvalidDurationError } from './calendar.errors';

/** An ISO 8601 duration split into calendar months and a fixed length. */
export interface CalendarOffset {
  months: number;
  /** weeks, days (24 h each), hours, minutes, seconds */
  ms: number;
}

// Whole units only; years and months are calendar months, weeks and days fixed lengths.
const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function parseOffset(iso: string): CalendarOffset {
  const match = ISO_DURATION.exec(iso);
  if (!match) throw new InvalidDurationError(iso);
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map(Number)
    .map((n) => n || 0);
  const ms = Duration.fromObject({ weeks, days, hours, minutes, seconds }).as('milliseconds');
  return { months: years * 12 + months, ms };
}

export function isValidOffset(iso: string): boolean {
  try {
    parseOffset(iso);
    return true;
  } catch (error) {
    if (error instanceof InvalidDurationError) return false;
    throw error;
  }
}

/**
 * `from` moved by an ISO duration on a calendar: calendar months on the local date in the
 * calendar's zone first (R33, R34: "within the month"), then the fixed part as working time —
 * so "branch manager +1 h" after a 17:30 Friday due fires Monday 09:30, never at night (R39).
 */
export function addOffset(calendar: BusinessCalendar, from: Date, iso: string): Date {
  const { months, ms } = parseOffset(iso);
  const shifted =
    months === 0
      ? from
      : DateTime.fromJSDate(from, { zone: calendar.timeZone }).plus({ months }).toJSDate();
  return addBusinessDuration(calendar, shifted, ms);
}
