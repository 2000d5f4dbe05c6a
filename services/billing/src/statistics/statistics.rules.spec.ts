import { BranchCounts, companyOf, figuresOf } from './statistics.rules';

const counts = (branch: string, over: Partial<BranchCounts> = {}): BranchCounts => ({
  branch,
  shipments: 10,
  pieces: 40,
  weightKg: 1000,
  revenueMinor: 100_000,
  delivered: 8,
  deliveredOnTime: 6,
  withException: 2,
  complaints: 1,
  surveys: 4,
  scoreSum: 18,
  ...over,
});

describe('R26 monthly operations statistics', () => {
  it('R26: rates of a branch: on time of delivered, exceptions of shipments, complaints per 100, mean score', () => {
    expect(figuresOf(counts('SH01'))).toMatchObject({
      shipments: 10,
      revenue: { amountMinor: 100_000, currency: 'CNY' },
      onTimeRate: 0.75,
      exceptionRate: 0.2,
      complaintRate: 10,
      satisfaction: 4.5,
    });
  });

  it('R26: the company’s rates come from the summed counts, not an average of the branches’ rates', () => {
    const company = companyOf([
      counts('SH01', { delivered: 100, deliveredOnTime: 100 }),
      counts('GZ01', { delivered: 1, deliveredOnTime: 0 }),
    ]);
    expect(company.onTimeRate).toBe(0.9901); // 100 / 101, where the branches' mean would be 0.5
    expect(company.shipments).toBe(20);
  });

  it('R26: no shipments, deliveries or surveys: no rate (null), never 0 %', () => {
    expect(
      figuresOf({
        ...counts('WH01'),
        shipments: 0,
        delivered: 0,
        deliveredOnTime: 0,
        withException: 0,
        complaints: 0,
        surveys: 0,
        scoreSum: 0,
      }),
    ).toMatchObject({
      onTimeRate: null,
      exceptionRate: null,
      complaintRate: null,
      satisfaction: null,
    });
  });
});
