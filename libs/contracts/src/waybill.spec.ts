import { formatWaybillNo, isValidWaybillNo, luhnCheckDigit } from './waybill';

describe('R5 waybill numbers', () => {
  it('R5: carry the branch prefix, a 9-digit serial and a Luhn check digit', () => {
    expect(formatWaybillNo('SH', 42)).toBe('SH0000000422');
    expect(luhnCheckDigit('7992739871')).toBe(3); // the textbook Luhn example
    expect(isValidWaybillNo('SH0000000422')).toBe(true);
  });

  it('R5: refuse a mistyped digit, two swapped digits, a wrong shape', () => {
    expect(isValidWaybillNo('SH0000000423')).toBe(false);
    expect(isValidWaybillNo('SH0000000242')).toBe(false);
    expect(isValidWaybillNo('sh0000000422')).toBe(false);
    expect(isValidWaybillNo('SH000000042')).toBe(false);
    expect(isValidWaybillNo('SH0000000422 ')).toBe(false);
  });
});
