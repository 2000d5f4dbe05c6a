import { z } from 'zod';
import { branchCode, calendarDate, instant } from '../../events/shared.schemas';
import { branchQuery, listOf, pageOf } from '../common';
import {
  countedQuantity,
  formBranch,
  formHeader,
  formListQuery,
  itemCode,
  longText,
  quantity,
  shortText,
  staffView,
} from './common';
import { buyer } from './sales';

// R36 requisitions (领料单) for production against the plan, approved by the workshop director;
// material kept at the workshop under its custody (车间代保管) with month-end virtual returns
// (假退料). R37: material sold outside or used for after-sales needs a manager's approval.

export const REQUISITION_PURPOSES = ['production', 'outside-sale', 'after-sales'] as const;

export const newRequisitionBody = z
  .strictObject({
    branch: formBranch,
    purpose: z.enum(REQUISITION_PURPOSES),
    workshop: z.string().trim().max(60).optional().describe('领料部门 (production)'),
    planRef: z.string().trim().max(60).optional().describe('the production plan (R36)'),
    use: longText.describe('用途'),
    custody: z
      .boolean()
      .default(false)
      .describe('kept at the workshop under its custody, virtual return at month end (R36)'),
    buyer: buyer.optional().describe('outside sale: who buys (R37)'),
    lines: z.array(z.strictObject({ itemCode, quantity })).min(1).max(50),
  })
  .superRefine((b, ctx) => {
    if (b.purpose === 'production' && !b.workshop)
      ctx.addIssue({
        code: 'custom',
        path: ['workshop'],
        message: 'production draws for a workshop',
      });
    if (b.purpose === 'production' && !b.planRef)
      ctx.addIssue({
        code: 'custom',
        path: ['planRef'],
        message: 'production draws against the plan (R36)',
      });
    if (b.purpose !== 'production' && b.custody)
      ctx.addIssue({
        code: 'custom',
        path: ['custody'],
        message: 'only production material stays at a workshop',
      });
    if (b.purpose === 'outside-sale' && !b.buyer)
      ctx.addIssue({ code: 'custom', path: ['buyer'], message: 'an outside sale names the buyer' });
  });

export const requisitionIssueBody = z.strictObject({
  gatePassId: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('material leaving the company (R37) goes out against a gate pass'),
});

export const REQUISITION_STATUSES = [
  'awaiting-approval',
  'approved',
  'issued',
  'rejected',
] as const;

export const requisitionView = z.object({
  ...formHeader,
  purpose: z.enum(REQUISITION_PURPOSES),
  workshop: z.string().nullable(),
  planRef: z.string().nullable(),
  use: z.string(),
  custody: z.boolean(),
  buyer: z.object({ name: z.string(), customerId: z.string().nullable() }).nullable(),
  lines: z.array(
    z.object({
      itemCode: z.string(),
      name: z.string(),
      unit: z.string(),
      quantity: z.number(),
      bookValueMinor: z
        .number()
        .int()
        .nullable()
        .describe('at book price when the requisition was written (R37); the ledger has what left'),
    }),
  ),
  approvalId: z.string(),
  approver: staffView.nullable(),
  gatePassId: z.string().nullable(),
  issuedAt: instant.nullable(),
  issuer: staffView.nullable(),
});

/** R36: the workshop's month-end report of unused custody material, booked as a virtual return. */
export const virtualReturnBody = z.strictObject({
  branch: formBranch,
  workshop: shortText,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'),
  reportedBy: shortText.describe('the workshop accountant (车间核算员)'),
  lines: z
    .array(z.strictObject({ itemCode, unusedQuantity: countedQuantity }))
    .min(1)
    .max(100),
});

export const custodyView = z.object({
  branch: branchCode,
  workshop: z.string(),
  itemCode: z.string(),
  quantity: z.number(),
  valueMinor: z.number().int(),
  month: z.string().describe('the month the current custody started or was carried into'),
  virtualReturnDue: z.boolean().describe('this month has no virtual return booked yet'),
});

export const custodyQuery = z.strictObject({
  ...branchQuery,
  workshop: z.string().max(60).optional(),
});

/** R36: 月份主要材料领用明细 — one workshop's month per item. */
export const custodyReportView = z.object({
  id: z.string(),
  branch: branchCode,
  workshop: z.string(),
  month: z.string(),
  reportedBy: z.string(),
  bookedBy: staffView,
  bookedAt: instant,
  returnDate: calendarDate,
  reissueDate: calendarDate,
  lines: z.array(
    z.object({
      itemCode: z.string(),
      heldQuantity: z.number(),
      consumedQuantity: z.number(),
      unusedQuantity: z.number(),
      unusedValueMinor: z.number().int(),
      movementSeqs: z.array(z.number().int()),
    }),
  ),
});

export const custodyReportsQuery = z.strictObject({
  ...branchQuery,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM')
    .optional(),
});

export const RequisitionsHttp = {
  newRequisitionBody,
  requisitionIssueBody,
  requisitionView,
  requisitions: pageOf(requisitionView),
  requisitionsQuery: formListQuery(REQUISITION_STATUSES),
  virtualReturnBody,
  custodyView,
  custody: listOf(custodyView),
  custodyQuery,
  custodyReportView,
  custodyReports: listOf(custodyReportView),
  custodyReportsQuery,
};
