import { z } from 'zod';
import { money, staffRole } from '../../events/shared.schemas';
import { branchQuery } from '../common';
import { instant, month, text } from './shared';

// R21 complaint fines (考核): computed per month from the complaint register.

export const FINE_KINDS = [
  'staff-at-fault',
  'branch-manager-joint',
  'manager-neglect',
  'hq-coordinator-joint',
] as const;

export const finesQuery = z.strictObject({ month, ...branchQuery });

export const fineLineView = z.object({
  id: z.string(),
  month: z.string(),
  branch: z.string(),
  kind: z.enum(FINE_KINDS),
  person: z.object({
    username: z.string().nullable().describe('null: nobody on the branch roster for the role'),
    role: staffRole,
  }),
  complaintId: z.string(),
  count: z.number().int().describe("the person's nth such complaint in the month"),
  amount: money.describe('what is deducted; 0 once waived'),
  assessed: money.describe('the amount the rule (or HQ, for manager neglect) set'),
  explanation: z.string().describe('which complaint, which rule, which count'),
  companyWideNotice: z.boolean().describe('R21: the third complaint in a month is announced'),
  state: z.enum(['issued', 'waived', 'withdrawn']),
  waiver: z.object({ reason: z.string(), by: z.string(), at: instant }).nullable(),
  issuedAt: instant,
  updatedAt: instant,
});

export const reviewFlagView = z.object({
  branch: z.string(),
  username: z.string(),
  reason: z.enum(['three-months-running', 'over-monthly-threshold']),
  explanation: z.string(),
});

export const finesView = z.object({
  month: z.string(),
  items: z.array(fineLineView),
  reviewFlags: z
    .array(reviewFlagView)
    .describe('R21: repeat offenders flagged for dismissal review'),
  totals: z.array(z.object({ branch: z.string(), amount: money, lines: z.number().int() })),
});

/** POST /fines/{id}/waive (HQ, audited by the gateway). */
export const fineWaiveBody = z.strictObject({ reason: text(500) });

/** POST /fines/{id}/assess: HQ sets a manager-neglect fine within 10–50 yuan (R21). */
export const fineAssessBody = z.strictObject({
  amountMinor: z.number().int().min(1000).max(5000).describe('fen: 1000–5000 (10–50 yuan)'),
  reason: text(500),
});
