import { ageBucketOf, ageingOf, bucketSql } from './ageing.rules';

describe('R25 ageing', () => {
  it('R25: open amounts by days since issue: 0–30, 31–60, 61–90, over 90', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(ageBucketOf)).toEqual([
      'days0to30',
      'days0to30',
      'days31to60',
      'days31to60',
      'days61to90',
      'days61to90',
      'over90',
      'over90',
    ]);
  });

  it('R25: a customer’s ageing sums what is open in each bucket; settled invoices count nothing', () => {
    expect(
      ageingOf([
        { open: 100, daysOutstanding: 3 },
        { open: 200, daysOutstanding: 45 },
        { open: 0, daysOutstanding: 70 },
        { open: 400, daysOutstanding: 120 },
      ]),
    ).toEqual({
      days0to30: { amountMinor: 100, currency: 'CNY' },
      days31to60: { amountMinor: 200, currency: 'CNY' },
      days61to90: { amountMinor: 0, currency: 'CNY' },
      over90: { amountMinor: 400, currency: 'CNY' },
    });
  });

  it('R25: the ageing list’s SQL uses the same boundaries', () => {
    expect(bucketSql('age', 'days0to30')).toBe('TRUE AND age <= 30');
    expect(bucketSql('age', 'days61to90')).toBe('age > 60 AND age <= 90');
    expect(bucketSql('age', 'over90')).toBe('age > 90 AND TRUE');
  });
});
