import { taxOf, yuan } from './money.rules';
import { dateOf, daysBetween, monthEnd, monthOf } from './month.rules';

describe('money and months (R24)', () => {
  it('R24: VAT is computed per line and rounded half-up to the fen', () => {
    expect(taxOf(99_999, 0.09)).toBe(9_000); // 8,999.91 fen
    expect(taxOf(50, 0.09)).toBe(5); // 4.5 → 5
    expect(taxOf(49, 0.09)).toBe(4); // 4.41 → 4
    expect(taxOf(8_000, 0.06)).toBe(480);
    expect(taxOf(0, 0.09)).toBe(0);
  });

  it('shows fen as yuan with thousands separators', () => {
    expect(yuan(123_456_789)).toBe('1,234,567.89');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(-8_480)).toBe('-84.80');
  });

  it('R24: a month is China time: 23:30 UTC on 31 March is 1 April in Shanghai', () => {
    expect(monthOf('2025-03-31T15:59:59Z')).toBe('2025-03');
    expect(monthOf('2025-03-31T16:00:00Z')).toBe('2025-04');
    expect(dateOf('2025-03-31T23:30:00Z')).toBe('2025-04-01');
    expect(monthEnd('2025-03').toISOString()).toBe('2025-03-31T16:00:00.000Z');
    expect(daysBetween('2025-03-01', '2025-03-31')).toBe(30);
  });
});
