import type { WarehouseFineReason } from '@freight/contracts';

export type FineMeasure = 'fine' | 'loss' | 'salary-held';

interface FineRule {
  /** the clause of the assessment rules (考核办法) */
  clause: string;
  measure: FineMeasure;
  /** fen; `given`: the amount comes with the case (an item's value, a loss) */
  amount: number | 'given';
  /** what the clause says, opening each line's explanation */
  says: string;
}

/**
 * R38 assessment (考核办法 4.1–4.7), amounts in fen. Each line a person gets names its clause and
 * explains the case; a month's list adds them up per person.
 */
export const FINE_RULES: Record<WarehouseFineReason, FineRule> = {
  'improper-receipt': {
    clause: '4.1',
    measure: 'fine',
    amount: 1_000,
    says: 'goods received without the required inbound procedure: 10 per case',
  },
  'incomplete-outbound': {
    clause: '4.2',
    measure: 'fine',
    amount: 500,
    says: 'outbound formalities incomplete: 5 per case, to the person responsible',
  },
  'left-without-gate-pass': {
    clause: '4.3',
    measure: 'fine',
    amount: 5_000,
    says: 'goods left the company without a gate pass: 50 per case, to the gate guard',
  },
  'old-part-late': {
    clause: '4.4',
    measure: 'fine',
    amount: 1_000,
    says: 'after-sales old part not back within the month: 10 per case',
  },
  'old-part-not-recovered': {
    clause: '4.4',
    measure: 'fine',
    amount: 'given',
    says: "after-sales old part still not back in the second month: the product's value",
  },
  'late-settlement': {
    clause: '4.5',
    measure: 'fine',
    amount: 1_000,
    says: 'shipped goods not settled within the month: 10 per case',
  },
  'settlement-past-two-months': {
    clause: '4.5',
    measure: 'salary-held',
    amount: 0,
    says: 'shipped goods not settled within two months: salary held',
  },
  'processing-loss': {
    clause: '4.6',
    measure: 'loss',
    amount: 'given',
    says: 'entrusted material not returned in time: the direct loss is borne by the person responsible',
  },
  'inspection-loss': {
    clause: '4.7',
    measure: 'loss',
    amount: 'given',
    says: 'a mistake in the outgoing inspection: the direct loss is borne by the person responsible',
  },
};

/** The amount of a line: the clause's, or the one the case gives (a value, a loss). */
export function fineAmount(reason: WarehouseFineReason, given?: number): number {
  const rule = FINE_RULES[reason];
  if (rule.amount !== 'given') return rule.amount;
  if (given === undefined || !Number.isInteger(given) || given < 0)
    throw new Error(`R38 ${rule.clause}: ${reason} needs the amount of the case`);
  return given;
}
