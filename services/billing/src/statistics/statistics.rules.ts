import { fen, sum } from '../shared/money.rules';

// R26: the month's operations figures of a branch, and of the company (the branches summed,
// rates recomputed from the sums — never an average of the branches' rates). Every rate is over
// the shipments PLACED in the month (not cancelled): on time = delivered on time ÷ delivered,
// exception = shipments with an exception ÷ shipments, complaints per 100 shipments (complaints
// registered in the month), satisfaction = mean survey score of the month. No shipments, no rate
// (null), never a division by zero shown as 0 %.

export interface BranchCounts {
  branch: string;
  shipments: number;
  pieces: number;
  weightKg: number;
  revenueMinor: number;
  delivered: number;
  deliveredOnTime: number;
  withException: number;
  complaints: number;
  surveys: number;
  scoreSum: number;
}

const ratio = (part: number, whole: number, scale = 1): number | null =>
  whole === 0 ? null : Math.round((part / whole) * scale * 10_000) / 10_000;

export function figuresOf(c: Omit<BranchCounts, 'branch'>) {
  return {
    shipments: c.shipments,
    pieces: c.pieces,
    weightKg: Math.round(c.weightKg * 1000) / 1000,
    revenue: fen(c.revenueMinor),
    delivered: c.delivered,
    deliveredOnTime: c.deliveredOnTime,
    onTimeRate: ratio(c.deliveredOnTime, c.delivered),
    withException: c.withException,
    exceptionRate: ratio(c.withException, c.shipments),
    complaints: c.complaints,
    complaintRate: ratio(c.complaints, c.shipments, 100),
    surveys: c.surveys,
    satisfaction: c.surveys === 0 ? null : Math.round((c.scoreSum / c.surveys) * 100) / 100,
  };
}

export function companyOf(branches: readonly BranchCounts[]) {
  const total = (key: keyof Omit<BranchCounts, 'branch'>) => sum(branches.map((b) => b[key]));
  return figuresOf({
    shipments: total('shipments'),
    pieces: total('pieces'),
    weightKg: total('weightKg'),
    revenueMinor: total('revenueMinor'),
    delivered: total('delivered'),
    deliveredOnTime: total('deliveredOnTime'),
    withException: total('withException'),
    complaints: total('complaints'),
    surveys: total('surveys'),
    scoreSum: total('scoreSum'),
  });
}
