import { z } from 'zod';
import { branchCode, instant } from '../../events/shared.schemas';
import { branchQuery, listOf } from '../common';
import { fen, longText, shortText, staffView } from './common';

// R38 assessment fines (考核): each line names the person, the clause, the amount and why.

export const WAREHOUSE_FINE_REASONS = [
  'improper-receipt',
  'incomplete-outbound',
  'left-without-gate-pass',
  'old-part-late',
  'old-part-not-recovered',
  'late-settlement',
  'settlement-past-two-months',
  'processing-loss',
  'inspection-loss',
] as const;
export const fineReason = z.enum(WAREHOUSE_FINE_REASONS);

/** Fines a manager assesses by hand (the others follow from the forms and their deadlines). */
export const WAREHOUSE_MANUAL_FINE_REASONS = [
  'improper-receipt',
  'incomplete-outbound',
  'processing-loss',
  'inspection-loss',
] as const;

export const newFineBody = z
  .strictObject({
    branch: branchCode.optional(),
    person: z.strictObject({
      username: shortText,
      userId: z.string().trim().max(64).optional(),
      role: z.string().trim().max(40).optional(),
    }),
    reason: z.enum(WAREHOUSE_MANUAL_FINE_REASONS),
    subject: z.strictObject({ type: shortText, id: shortText }).describe('the form it is about'),
    explanation: longText,
    lossMinor: fen.optional().describe('processing-loss, inspection-loss: the direct loss borne'),
  })
  .superRefine((b, ctx) => {
    const loss = b.reason === 'processing-loss' || b.reason === 'inspection-loss';
    if (loss && b.lossMinor === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['lossMinor'],
        message: 'a loss borne names its amount',
      });
    if (!loss && b.lossMinor !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['lossMinor'],
        message: 'the rule sets this amount (R38)',
      });
  });

export const fineLineView = z.object({
  id: z.string(),
  branch: branchCode,
  month: z.string(),
  person: staffView,
  reason: fineReason,
  clause: z.string().describe('the assessment clause: 4.1 … 4.7'),
  measure: z.enum(['fine', 'loss', 'salary-held']),
  amountMinor: z.number().int(),
  currency: z.literal('CNY'),
  explanation: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  assessedAt: instant,
  assessedBy: staffView.nullable().describe('null: from a lapsed deadline'),
});

/** R38: the month's list, one entry per person, each line explained. */
export const finesQuery = z.strictObject({
  ...branchQuery,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'),
  username: z.string().max(100).optional(),
});

export const personFinesView = z.object({
  branch: branchCode,
  person: staffView,
  month: z.string(),
  totalMinor: z.number().int().describe('fines and losses borne'),
  salaryHeld: z.boolean().describe('R38 4.5: a settlement more than two months late'),
  lines: z.array(fineLineView),
});

export const fineSheetQuery = finesQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export const FinesHttp = {
  newFineBody,
  fineLineView,
  finesQuery,
  fines: listOf(personFinesView),
  fineSheetQuery,
};
