import { DateTime } from 'luxon';
import { CalendarWithoutWorkingTimeError } from './calendar.errors';

// R39: deadlines such as "answer within 8 working hours" (R3) are counted on a branch's business
// calendar. Pure rules: no Nest, no I/O. Zone arithmetic is luxon's (IANA data, DST-safe).

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A stretch of working time on a local day, "HH:MM" to "HH:MM" ([from, to), "24:00" allowed). */
export interface WorkingHours {
  from: string;
  to: string;
}

export type WeeklyHours = Record<Weekday, WorkingHours[]>;

/** A Saturday worked to make up for a holiday, with that day's hours. */
export interface ExtraWorkingDay {
  /** local date, YYYY-MM-DD */
  date: string;
  hours: WorkingHours[];
}

export interface BusinessHoursCalendar {
  kind: 'business-hours';
  timeZone: string;
  weeklyHours: WeeklyHours;
  /** local dates (YYYY-MM-DD) with no working time */
  holidays: string[];
  extraWorkingDays: ExtraWorkingDay[];
}

/** Every instant counts; the zone only matters for calendar-month offsets (R33, R34). */
export interface WallClockCalendar {
  kind: 'wall-clock';
  timeZone: string;
}

export type BusinessCalendar = BusinessHoursCalendar | WallClockCalendar;

export const WALL_CLOCK_UTC: WallClockCalendar = { kind: 'wall-clock', timeZone: 'UTC' };

const SEARCH_DAYS = 3660;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** [start, end) in epoch ms. */
type Interval = readonly [number, number];

function hoursOn(calendar: BusinessHoursCalendar, day: DateTime): readonly WorkingHours[] {
  const date = day.toISODate() ?? '';
  if (calendar.holidays.includes(date)) return [];
  const extra = calendar.extraWorkingDays.find((d) => d.date === date);
  if (extra) return extra.hours;
  return calendar.weeklyHours[WEEKDAYS[day.weekday - 1]];
}

/**
 * A local time of `day` as an instant. A time that does not exist (spring-forward gap) moves
 * forward by the gap, as luxon does: an opening at 02:30 on that day opens at 03:30.
 */
function localInstant(day: DateTime, time: string): number {
  if (time === '24:00') return day.plus({ days: 1 }).startOf('day').toMillis();
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toMillis();
}

/** Working intervals of one local day, in real elapsed time (a DST day may be 23 or 25 h). */
export function workingIntervalsOn(calendar: BusinessHoursCalendar, day: DateTime): Interval[] {
  return hoursOn(calendar, day)
    .map((h): Interval => [localInstant(day, h.from), localInstant(day, h.to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
}

function localDay(calendar: BusinessHoursCalendar, instantMs: number): DateTime {
  return DateTime.fromMillis(instantMs, { zone: calendar.timeZone }).startOf('day');
}

/**
 * `start` plus `durationMs` of working time. Time outside working hours does not count, so a
 * start at night or on a weekend counts from the next opening; a duration that ends exactly at a
 * closing ends there (Friday 17:00 + 1 h = Friday 18:00), not at the next opening.
 */
export function addBusinessDuration(
  calendar: BusinessCalendar,
  start: Date,
  durationMs: number,
): Date {
  if (durationMs < 0) throw new RangeError(`a duration cannot be negative: ${durationMs} ms`);
  if (calendar.kind === 'wall-clock' || durationMs === 0)
    return new Date(start.getTime() + durationMs);
  let remaining = durationMs;
  let day = localDay(calendar, start.getTime());
  for (let i = 0; i < SEARCH_DAYS; i++, day = day.plus({ days: 1 })) {
    for (const [open, close] of workingIntervalsOn(calendar, day)) {
      const from = Math.max(open, start.getTime());
      if (from >= close) continue;
      if (remaining <= close - from) return new Date(from + remaining);
      remaining -= close - from;
    }
  }
  throw new CalendarWithoutWorkingTimeError(calendar.timeZone);
}

/** Working time from `a` to `b`; negative when `b` is before `a`. */
export function businessTimeBetween(calendar: BusinessCalendar, a: Date, b: Date): number {
  if (b < a) return -businessTimeBetween(calendar, b, a);
  if (calendar.kind === 'wall-clock') return b.getTime() - a.getTime();
  let total = 0;
  const end = b.getTime();
  for (
    let day = localDay(calendar, a.getTime());
    day.toMillis() < end;
    day = day.plus({ days: 1 })
  ) {
    for (const [open, close] of workingIntervalsOn(calendar, day)) {
      total += Math.max(0, Math.min(close, end) - Math.max(open, a.getTime()));
    }
  }
  return total;
}

/** The instant `durationMs` of working time before `end` (the mirror of addBusinessDuration). */
export function subtractBusinessDuration(
  calendar: BusinessCalendar,
  end: Date,
  durationMs: number,
): Date {
  if (durationMs < 0) throw new RangeError(`a duration cannot be negative: ${durationMs} ms`);
  if (calendar.kind === 'wall-clock' || durationMs === 0)
    return new Date(end.getTime() - durationMs);
  let remaining = durationMs;
  let day = localDay(calendar, end.getTime());
  for (let i = 0; i < SEARCH_DAYS; i++, day = day.minus({ days: 1 })) {
    for (const [open, close] of workingIntervalsOn(calendar, day).reverse()) {
      const to = Math.min(close, end.getTime());
      if (to <= open) continue;
      if (remaining <= to - open) return new Date(to - remaining);
      remaining -= to - open;
    }
  }
  throw new CalendarWithoutWorkingTimeError(calendar.timeZone);
}

/** `from` moved by signed working time: forward when positive, backward when negative. */
export function shiftByBusinessTime(
  calendar: BusinessCalendar,
  from: Date,
  signedMs: number,
): Date {
  return signedMs >= 0
    ? addBusinessDuration(calendar, from, signedMs)
    : subtractBusinessDuration(calendar, from, -signedMs);
}
