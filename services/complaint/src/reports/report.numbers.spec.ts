import { oneDecimal, share, twoDecimals } from './report.numbers';

describe('report rounding (R20, R23)', () => {
  it('R20: minutes to one decimal, scores to two, shares to three, halves away from zero', () => {
    expect(oneDecimal(306.25)).toBe(306.3);
    expect(oneDecimal(null)).toBeNull();
    expect(twoDecimals(3.335)).toBe(3.34);
    expect(share(2, 3)).toBe(0.667);
    expect(share(1, 0)).toBeNull();
  });
});
