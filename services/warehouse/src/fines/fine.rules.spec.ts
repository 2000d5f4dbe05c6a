import { FINE_RULES, fineAmount } from './fine.rules';

describe('R38 assessment amounts', () => {
  it('R38: improper receipt 10, incomplete outbound 5, leaving without a gate pass 50', () => {
    expect(fineAmount('improper-receipt')).toBe(1_000);
    expect(fineAmount('incomplete-outbound')).toBe(500);
    expect(fineAmount('left-without-gate-pass')).toBe(5_000);
  });

  it("R38: an old part not back is 10 in the month, then the product's value", () => {
    expect(fineAmount('old-part-late')).toBe(1_000);
    expect(fineAmount('old-part-not-recovered', 123_456)).toBe(123_456);
    expect(() => fineAmount('old-part-not-recovered')).toThrow('needs the amount');
  });

  it('R38: late settlement is 10 per case, past two months the salary is held (no amount)', () => {
    expect(fineAmount('late-settlement')).toBe(1_000);
    expect(FINE_RULES['settlement-past-two-months']).toMatchObject({
      measure: 'salary-held',
      amount: 0,
    });
  });

  it('R38: losses are borne by the person responsible, at their amount', () => {
    expect(FINE_RULES['processing-loss'].measure).toBe('loss');
    expect(fineAmount('inspection-loss', 80_000)).toBe(80_000);
  });
});
