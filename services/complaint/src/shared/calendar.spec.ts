import { addMonths, dayRange, monthOf, monthRange } from './calendar';

describe('the desk’s months and days (Asia/Shanghai)', () => {
  it('R20: a month and a day are Shanghai’s, stored as UTC instants', () => {
    expect(monthRange('2026-03')).toEqual({
      from: new Date('2026-02-28T16:00:00Z'),
      to: new Date('2026-03-31T16:00:00Z'),
    });
    expect(dayRange('2026-03-02')).toEqual({
      from: new Date('2026-03-01T16:00:00Z'),
      to: new Date('2026-03-02T16:00:00Z'),
    });
    expect(monthOf(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04');
    expect(addMonths('2026-01', -2)).toBe('2025-11');
  });
});
