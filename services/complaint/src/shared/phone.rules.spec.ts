import { phoneDigits } from './phone.rules';

describe('R15 caller phone matching', () => {
  it('R15: one mobile number written three ways is the same number', () => {
    expect(phoneDigits('+86 138-0000 1001')).toBe('13800001001');
    expect(phoneDigits('8613800001001')).toBe('13800001001');
    expect(phoneDigits('0086 13800001001')).toBe('13800001001');
    expect(phoneDigits('138 0000 1001')).toBe('13800001001');
  });

  it('R15: a landline keeps its area code; nothing usable is no number', () => {
    expect(phoneDigits('(021) 5550-0101')).toBe('02155500101');
    expect(phoneDigits(undefined)).toBeNull();
    expect(phoneDigits('+8')).toBeNull();
  });
});
