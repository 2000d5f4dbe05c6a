import type { Money } from '@freight/contracts';
import { fen } from '../shared/money.rules';

// R25: receivables by age — days since the invoice was issued (账龄), counted to the day asked
// (China time): 0–30, 31–60, 61–90, over 90. Overdue is a separate figure: open past its due
// date (the customer's credit days), what escalates to the branch manager.

export const AGE_BUCKETS = [
  { key: 'days0to30', upTo: 30 },
  { key: 'days31to60', upTo: 60 },
  { key: 'days61to90', upTo: 90 },
  { key: 'over90', upTo: Number.POSITIVE_INFINITY },
] as const;

export type AgeBucket = (typeof AGE_BUCKETS)[number]['key'];
export type Ageing = Record<AgeBucket, Money>;

export const ageBucketOf = (days: number): AgeBucket =>
  AGE_BUCKETS.find((b) => days <= b.upTo)!.key;

export function ageingOf(invoices: readonly { open: number; daysOutstanding: number }[]): Ageing {
  const totals: Record<AgeBucket, number> = {
    days0to30: 0,
    days31to60: 0,
    days61to90: 0,
    over90: 0,
  };
  for (const i of invoices) if (i.open > 0) totals[ageBucketOf(i.daysOutstanding)] += i.open;
  return {
    days0to30: fen(totals.days0to30),
    days31to60: fen(totals.days31to60),
    days61to90: fen(totals.days61to90),
    over90: fen(totals.over90),
  };
}

/** The same buckets in SQL, for the ageing list that sums them per customer. */
export function bucketSql(ageExpression: string, bucket: AgeBucket): string {
  const i = AGE_BUCKETS.findIndex((b) => b.key === bucket);
  const lower = i === 0 ? null : AGE_BUCKETS[i - 1].upTo;
  const upper = AGE_BUCKETS[i].upTo;
  return [
    lower === null ? 'TRUE' : `${ageExpression} > ${lower}`,
    Number.isFinite(upper) ? `${ageExpression} <= ${upper}` : 'TRUE',
  ].join(' AND ');
}
