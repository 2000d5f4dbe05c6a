import { z } from 'zod';
import { calendarDate, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import {
  countedQuantity,
  formBranch,
  formHeader,
  formListQuery,
  itemCategory,
  itemCode,
  quantity,
  shortText,
  signedFen,
  staffView,
} from './common';

// R28: stock counted daily by category; ledger, card and the shelf agree; variances and
// long-idle or scrap items are cleared only with approval, by an adjustment in the ledger.

export const newCountSheetBody = z.strictObject({
  branch: formBranch,
  category: itemCategory,
  countDate: calendarDate.optional().describe("today's date in the branch when left out"),
});

export const countsBody = z.strictObject({
  lines: z.array(z.strictObject({ itemCode, countedQuantity })).min(1).max(5000),
});

/** Every line counted: ledger, card and shelf compared in one snapshot (R28). */
export const closeSheetBody = z.strictObject({
  note: z.string().trim().max(500).optional(),
});

export const COUNT_STATUSES = ['open', 'closed'] as const;

export const countLineView = z.object({
  itemCode: z.string(),
  name: z.string(),
  unit: z.string(),
  countedQuantity: z.number().nullable(),
  ledgerQuantity: z.number().nullable().describe('the ledger adds up to this when closed'),
  cardQuantity: z.number().nullable(),
  varianceQuantity: z.number().nullable().describe('counted − card'),
  idleSince: instant.nullable().describe('no movement for 180 days or more'),
});

export const countSheetView = z.object({
  id: z.string(),
  branch: z.string(),
  status: z.enum(COUNT_STATUSES),
  category: itemCategory,
  countDate: calendarDate,
  createdAt: instant,
  createdBy: staffView,
  closedAt: instant.nullable(),
  closedBy: staffView.nullable(),
  summary: z.object({
    lines: z.number().int(),
    counted: z.number().int(),
    variances: z.number().int(),
    ledgerCardMismatches: z.number().int(),
    idle: z.number().int(),
  }),
  lines: z.array(countLineView).describe('lines with a variance or mismatch first; at most 500'),
});

export const ADJUSTMENT_KINDS = ['count-variance', 'scrap', 'idle-write-off'] as const;

export const newStockAdjustmentBody = z
  .strictObject({
    branch: formBranch,
    kind: z.enum(ADJUSTMENT_KINDS),
    countSheetId: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .optional()
      .describe('count-variance: the closed sheet whose variances are cleared'),
    reason: shortText,
    lines: z
      .array(z.strictObject({ itemCode, quantity }))
      .max(200)
      .optional()
      .describe('scrap / idle-write-off: what leaves the books'),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'count-variance' && !b.countSheetId)
      ctx.addIssue({
        code: 'custom',
        path: ['countSheetId'],
        message: 'a variance comes from a count sheet',
      });
    if (b.kind !== 'count-variance' && !b.lines?.length)
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'name what is written off' });
  });

export const ADJUSTMENT_STATUSES = ['awaiting-approval', 'posted', 'rejected'] as const;

export const stockAdjustmentView = z.object({
  ...formHeader,
  kind: z.enum(ADJUSTMENT_KINDS),
  countSheetId: z.string().nullable(),
  reason: z.string(),
  lines: z.array(
    z.object({
      itemCode: z.string(),
      quantity: z.number().describe('signed: gains positive, losses negative'),
      estimatedValueMinor: signedFen,
    }),
  ),
  approvalId: z.string(),
  movementSeqs: z.array(z.number().int()),
});

export const CountsHttp = {
  newCountSheetBody,
  countsBody,
  closeSheetBody,
  countSheetView,
  countSheets: pageOf(countSheetView.omit({ lines: true })),
  countSheetsQuery: formListQuery(COUNT_STATUSES),
  newStockAdjustmentBody,
  stockAdjustmentView,
  stockAdjustments: pageOf(stockAdjustmentView),
  stockAdjustmentsQuery: formListQuery(ADJUSTMENT_STATUSES),
  quantity,
};
