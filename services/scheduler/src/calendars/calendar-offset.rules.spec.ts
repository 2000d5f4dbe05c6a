import { BusinessHoursCalendar, WALL_CLOCK_UTC } from './business-calendar.rules';
import { InvalidDurationError } from './calendar.errors';
import { addOffset, parseOffset } from './calendar-offset.rules';
import { endOfCalendarMonth, monthlyLimits } from './calendar-month.rules';

const nine: BusinessHoursCalendar['weeklyHours']['mon'] = [{ from: '09:00', to: '18:00' }];
const shanghai: BusinessHoursCalendar = {
  kind: 'business-hours',
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: nine, tue: nine, wed: nine, thu: nine, fri: nine, sat: [], sun: [] },
  holidays: [],
  extraWorkingDays: [],
};

describe('R39 ladder offsets', () => {
  it('parses hours, minutes and days as fixed lengths and months as calendar months', () => {
    expect(parseOffset('PT1H30M')).toEqual({ months: 0, ms: 5_400_000 });
    expect(parseOffset('P1D')).toEqual({ months: 0, ms: 86_400_000 });
    expect(parseOffset('P1Y2M')).toEqual({ months: 14, ms: 0 });
    expect(parseOffset('PT0S')).toEqual({ months: 0, ms: 0 });
  });

  it('rejects what is not an ISO 8601 duration', () => {
    for (const bad of ['1h', 'P', '', 'PT-1H', 'PT1.5H'])
      expect(() => parseOffset(bad)).toThrow(InvalidDurationError);
  });

  it('R39: branch manager +1 h after a Friday 17:30 due fires Monday 09:30, not at night', () => {
    expect(addOffset(shanghai, new Date('2025-01-10T17:30:00+08:00'), 'PT1H')).toEqual(
      new Date('2025-01-13T09:30:00+08:00'),
    );
  });

  it('on the wall clock an offset is elapsed time', () => {
    expect(addOffset(WALL_CLOCK_UTC, new Date('2025-01-10T23:30:00Z'), 'PT4H')).toEqual(
      new Date('2025-01-11T03:30:00Z'),
    );
  });
});

describe('R33/R34 "within the month, at most two"', () => {
  it('is due at the end of the calendar month in the branch time zone', () => {
    // 31 Jan 23:30 in Shanghai is still January there, though already... 15:30 UTC
    const { due, hardLimit } = monthlyLimits(
      'Asia/Shanghai',
      new Date('2025-01-31T23:30:00+08:00'),
    );
    expect(due).toEqual(new Date('2025-02-01T00:00:00+08:00'));
    expect(hardLimit).toEqual(new Date('2025-03-01T00:00:00+08:00'));
  });

  it('a start on the 1st at 00:30 local belongs to that month, though it is the previous day in UTC', () => {
    expect(endOfCalendarMonth('Asia/Shanghai', new Date('2025-03-01T00:30:00+08:00'))).toEqual(
      new Date('2025-04-01T00:00:00+08:00'),
    );
  });

  it('crosses the year end (December → January, limit end of January)', () => {
    const { due, hardLimit } = monthlyLimits(
      'Asia/Shanghai',
      new Date('2025-12-15T10:00:00+08:00'),
    );
    expect(due).toEqual(new Date('2026-01-01T00:00:00+08:00'));
    expect(hardLimit).toEqual(new Date('2026-02-01T00:00:00+08:00'));
  });

  it('a P1M ladder level after a month-end due fires at the end of the next month', () => {
    const due = endOfCalendarMonth('Asia/Shanghai', new Date('2025-01-20T10:00:00+08:00'));
    expect(addOffset({ kind: 'wall-clock', timeZone: 'Asia/Shanghai' }, due, 'P1M')).toEqual(
      new Date('2025-03-01T00:00:00+08:00'),
    );
  });

  it('month ends follow local DST (Berlin, March → April)', () => {
    expect(endOfCalendarMonth('Europe/Berlin', new Date('2025-03-10T12:00:00+01:00'))).toEqual(
      new Date('2025-04-01T00:00:00+02:00'),
    );
  });
});
