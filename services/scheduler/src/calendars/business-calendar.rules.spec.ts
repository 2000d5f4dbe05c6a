import {
  addBusinessDuration,
  BusinessHoursCalendar,
  businessTimeBetween,
  shiftByBusinessTime,
  WALL_CLOCK_UTC,
  WeeklyHours,
  WorkingHours,
} from './business-calendar.rules';
import { CalendarWithoutWorkingTimeError } from './calendar.errors';

const HOUR = 3_600_000;
const NINE_TO_SIX: WorkingHours[] = [{ from: '09:00', to: '18:00' }];
const SPLIT_SHIFT: WorkingHours[] = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '18:00' },
];

function weekdays(hours: WorkingHours[]): WeeklyHours {
  return { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: [], sun: [] };
}

function calendar(overrides: Partial<BusinessHoursCalendar> = {}): BusinessHoursCalendar {
  return {
    kind: 'business-hours',
    timeZone: 'Asia/Shanghai',
    weeklyHours: weekdays(NINE_TO_SIX),
    holidays: [],
    extraWorkingDays: [],
    ...overrides,
  };
}

const add = (cal: BusinessHoursCalendar, start: string, ms: number) =>
  addBusinessDuration(cal, new Date(start), ms).toISOString();

describe('R39 business calendar: adding working time', () => {
  const shanghai = calendar();

  it('stays within the day when the day has room (Mon 10:00 +8 h → Mon 18:00)', () => {
    expect(add(shanghai, '2025-01-06T10:00:00+08:00', 8 * HOUR)).toBe('2025-01-06T10:00:00.000Z');
  });

  it('Friday 17:30 + 1 h → Monday 09:30', () => {
    expect(add(shanghai, '2025-01-10T17:30:00+08:00', HOUR)).toBe('2025-01-13T01:30:00.000Z');
  });

  it('ends exactly at closing when the duration fits (Fri 17:00 + 1 h → Fri 18:00)', () => {
    expect(add(shanghai, '2025-01-10T17:00:00+08:00', HOUR)).toBe('2025-01-10T10:00:00.000Z');
  });

  it('a start at night counts from the next opening (Tue 22:00 + 2 h → Wed 11:00)', () => {
    expect(add(shanghai, '2025-01-07T22:00:00+08:00', 2 * HOUR)).toBe('2025-01-08T03:00:00.000Z');
  });

  it('a start on the weekend counts from Monday opening (Sat 10:00 + 30 min → Mon 09:30)', () => {
    expect(add(shanghai, '2025-01-11T10:00:00+08:00', HOUR / 2)).toBe('2025-01-13T01:30:00.000Z');
  });

  it('R3: an inquiry at 16:00 is answered by 15:00 next working day (8 h)', () => {
    expect(add(shanghai, '2025-01-06T16:00:00+08:00', 8 * HOUR)).toBe('2025-01-07T07:00:00.000Z');
  });

  it('skips a holiday', () => {
    const cal = calendar({ holidays: ['2025-01-13'] });
    expect(add(cal, '2025-01-10T17:30:00+08:00', HOUR)).toBe('2025-01-14T01:30:00.000Z');
  });

  it('counts an extra working Saturday with its own hours', () => {
    const cal = calendar({
      extraWorkingDays: [{ date: '2025-01-11', hours: [{ from: '10:00', to: '12:00' }] }],
    });
    expect(add(cal, '2025-01-10T17:30:00+08:00', HOUR)).toBe('2025-01-11T02:30:00.000Z');
  });

  it('skips the lunch break of a split shift (11:30 + 1 h → 13:30)', () => {
    const cal = calendar({ weeklyHours: weekdays(SPLIT_SHIFT) });
    expect(add(cal, '2025-01-06T11:30:00+08:00', HOUR)).toBe('2025-01-06T05:30:00.000Z');
  });

  it('midnight: a start at 00:00 counts from 09:00 that day', () => {
    expect(add(shanghai, '2025-01-07T00:00:00+08:00', HOUR)).toBe('2025-01-07T02:00:00.000Z');
  });

  it('midnight: a round-the-clock day ends at 24:00 and continues at 00:00', () => {
    const cal = calendar({ weeklyHours: weekdays([{ from: '00:00', to: '24:00' }]) });
    expect(add(cal, '2025-01-06T23:00:00+08:00', 2 * HOUR)).toBe('2025-01-06T17:00:00.000Z');
  });

  it('year end: Dec 31 17:00 + 2 h with Jan 1 a holiday → Jan 2 10:00', () => {
    const cal = calendar({ holidays: ['2026-01-01'] });
    expect(add(cal, '2025-12-31T17:00:00+08:00', 2 * HOUR)).toBe('2026-01-02T02:00:00.000Z');
  });

  it('a zero duration is due at once, even at night', () => {
    expect(add(shanghai, '2025-01-07T22:00:00+08:00', 0)).toBe('2025-01-07T14:00:00.000Z');
  });

  it('refuses a calendar that never opens, rather than looping for ever', () => {
    const never = calendar({ weeklyHours: weekdays([]) });
    expect(() => add(never, '2025-01-06T10:00:00+08:00', HOUR)).toThrow(
      CalendarWithoutWorkingTimeError,
    );
  });

  it('on the wall clock every hour counts', () => {
    expect(addBusinessDuration(WALL_CLOCK_UTC, new Date('2025-01-10T23:30:00Z'), HOUR)).toEqual(
      new Date('2025-01-11T00:30:00Z'),
    );
  });
});

describe('R39 business calendar: daylight saving time', () => {
  const newYork = calendar({ timeZone: 'America/New_York' });
  const berlin = calendar({ timeZone: 'Europe/Berlin' });
  const nightShift = (timeZone: string) =>
    calendar({ timeZone, weeklyHours: { ...weekdays([]), sun: [{ from: '00:00', to: '06:00' }] } });

  it('New York: Friday 17:30 EST + 1 h across spring-forward → Monday 09:30 EDT', () => {
    // 2025-03-09 clocks go 02:00 → 03:00; local opening hours keep their local time
    expect(add(newYork, '2025-03-07T17:30:00-05:00', HOUR)).toBe('2025-03-10T13:30:00.000Z');
  });

  it('New York: Friday 17:30 EDT + 1 h across fall-back → Monday 09:30 EST', () => {
    expect(add(newYork, '2025-10-31T17:30:00-04:00', HOUR)).toBe('2025-11-03T14:30:00.000Z');
  });

  it('Berlin: the spring-forward night is an hour shorter (00:00–06:00 holds 5 h)', () => {
    const cal = nightShift('Europe/Berlin');
    const sunday = new Date('2025-03-30T00:00:00+01:00');
    expect(businessTimeBetween(cal, sunday, new Date('2025-03-31T00:00:00+02:00'))).toBe(5 * HOUR);
    expect(add(cal, '2025-03-30T00:00:00+01:00', 5 * HOUR)).toBe('2025-03-30T04:00:00.000Z');
  });

  it('Berlin: the fall-back night is an hour longer (00:00–06:00 holds 7 h)', () => {
    const cal = nightShift('Europe/Berlin');
    const sunday = new Date('2025-10-26T00:00:00+02:00');
    expect(businessTimeBetween(cal, sunday, new Date('2025-10-27T00:00:00+01:00'))).toBe(7 * HOUR);
  });

  it('New York: an opening at 02:30 that does not exist on spring-forward day opens at 03:30', () => {
    const cal = calendar({
      timeZone: 'America/New_York',
      weeklyHours: { ...weekdays([]), sun: [{ from: '02:30', to: '05:00' }] },
    });
    expect(add(cal, '2025-03-09T00:00:00-05:00', HOUR)).toBe('2025-03-09T08:30:00.000Z');
  });

  it('Berlin: Monday after the change counts local 09:00–18:00 (8 h from Fri 10:00 → Mon 09:00)', () => {
    expect(add(berlin, '2025-03-28T10:00:00+01:00', 8 * HOUR)).toBe('2025-03-28T17:00:00.000Z');
    expect(add(berlin, '2025-03-28T10:00:00+01:00', 9 * HOUR)).toBe('2025-03-31T08:00:00.000Z');
  });

  it('Shanghai has no DST: the same week in March counts as any other', () => {
    expect(add(calendar(), '2025-03-07T17:30:00+08:00', HOUR)).toBe('2025-03-10T01:30:00.000Z');
  });
});

describe('R39 business calendar: working time between two instants', () => {
  const shanghai = calendar({ holidays: ['2025-01-13'] });
  const between = (a: string, b: string) => businessTimeBetween(shanghai, new Date(a), new Date(b));

  it('counts only working hours across a weekend and a holiday', () => {
    expect(between('2025-01-10T17:00:00+08:00', '2025-01-14T10:00:00+08:00')).toBe(2 * HOUR);
  });

  it('is negative when the second instant comes first', () => {
    expect(between('2025-01-14T10:00:00+08:00', '2025-01-10T17:00:00+08:00')).toBe(-2 * HOUR);
  });

  it('is zero over a night', () => {
    expect(between('2025-01-07T18:00:00+08:00', '2025-01-08T09:00:00+08:00')).toBe(0);
  });

  it('is the inverse of adding working time', () => {
    const start = new Date('2025-01-09T15:10:00+08:00');
    const due = addBusinessDuration(shanghai, start, 13 * HOUR);
    expect(businessTimeBetween(shanghai, start, due)).toBe(13 * HOUR);
  });
});

describe('R39 business calendar: working time before an instant (resuming an overdue pause)', () => {
  const shanghai = calendar({ holidays: ['2025-01-13'] });

  it('Tuesday 09:30 − 1 h → Friday 17:30 (back over a holiday and the weekend)', () => {
    expect(
      shiftByBusinessTime(shanghai, new Date('2025-01-14T09:30:00+08:00'), -HOUR).toISOString(),
    ).toBe('2025-01-10T09:30:00.000Z');
  });

  it('shifting forward then back returns to a working instant', () => {
    const start = new Date('2025-01-09T15:10:00+08:00');
    const later = shiftByBusinessTime(shanghai, start, 11 * HOUR);
    expect(shiftByBusinessTime(shanghai, later, -11 * HOUR)).toEqual(start);
  });
});
