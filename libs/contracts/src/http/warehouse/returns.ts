import { z } from 'zod';
import { calendarDate, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import {
  formBranch,
  formHeader,
  formListQuery,
  itemCode,
  longText,
  quantity,
  shortText,
  staffView,
} from './common';
import { inspectionView } from './inbound';
import { buyer } from './sales';

// R31 returns (退库): booked in the month the goods come back, after QC; quality problems go to
// the general manager, then finance. R32 after-sales replacement (以旧换新): general-manager
// approval; when the new item goes first, the old one is back within the month (R38: 10, and in
// the second month the item's value).

export const newReturnBody = z.strictObject({
  branch: formBranch,
  saleId: z.string().trim().min(1).max(40).optional().describe('the sale the goods left on'),
  buyer,
  returnedOn: calendarDate.describe('the day the goods came back'),
  lines: z
    .array(z.strictObject({ itemCode, quantity, reason: shortText }))
    .min(1)
    .max(50),
});

export const returnInspectionBody = z.strictObject({
  result: z.enum(['passed', 'quality-problem']),
  reportNo: shortText,
  findings: z.string().trim().max(2000).optional(),
});

/** R31: the handling report on a quality problem, for the general manager's instruction. */
export const handlingReportBody = z.strictObject({
  proposal: longText,
  disposition: z.enum(['restock', 'rework', 'scrap']),
});

/** The keeper books the inspected goods back in (R31). */
export const bookingBody = z.strictObject({
  note: z.string().trim().max(500).optional(),
});

export const returnAccountingBody = z.strictObject({
  reference: shortText.describe("finance's voucher or credit note"),
  note: z.string().trim().max(1000).optional(),
});

export const RETURN_STATUSES = [
  'awaiting-inspection',
  'awaiting-handling-report',
  'awaiting-approval',
  'ready-to-book',
  'booked',
  'accounted',
  'rejected',
] as const;

export const returnView = z.object({
  ...formHeader,
  saleId: z.string().nullable(),
  buyer: z.object({ name: z.string(), customerId: z.string().nullable() }),
  returnedOn: calendarDate,
  lines: z.array(z.object({ itemCode: z.string(), quantity: z.number(), reason: z.string() })),
  inspection: inspectionView
    .omit({ result: true })
    .extend({ result: z.enum(['passed', 'quality-problem']) })
    .nullable(),
  handlingReport: z
    .object({ proposal: z.string(), disposition: z.string(), by: staffView, at: instant })
    .nullable(),
  approvalId: z.string().nullable(),
  bookedAt: instant.nullable(),
  bookedLate: z.boolean().describe('booked after the month the goods came back (R31)'),
  accounting: z.object({ reference: z.string(), by: staffView, at: instant }).nullable(),
});

export const newReplacementBody = z.strictObject({
  branch: formBranch,
  customer: buyer,
  itemCode,
  quantity,
  oldPart: z.strictObject({
    itemCode,
    serialNo: z.string().trim().max(60).optional(),
    description: z.string().trim().max(500).optional(),
  }),
  reason: longText,
  newGoesFirst: z
    .boolean()
    .describe('the new item leaves before the old one is back: due within the month (R32)'),
});

export const oldPartBody = z.strictObject({
  serialNo: z.string().trim().max(60).optional(),
  condition: z.string().trim().max(500).optional(),
});

export const replacementIssueBody = z.strictObject({
  gatePassId: z.string().trim().min(1).max(40),
});

export const REPLACEMENT_STATUSES = [
  'awaiting-approval',
  'awaiting-old-part',
  'ready-to-ship',
  'shipped-awaiting-old-part',
  'completed',
  'rejected',
] as const;

export const replacementView = z.object({
  ...formHeader,
  customer: z.object({ name: z.string(), customerId: z.string().nullable() }),
  itemCode: z.string(),
  quantity: z.number(),
  oldPart: z.object({
    itemCode: z.string(),
    serialNo: z.string().nullable(),
    description: z.string().nullable(),
    returnedAt: instant.nullable(),
    receivedBy: staffView.nullable(),
    condition: z.string().nullable(),
  }),
  reason: z.string(),
  newGoesFirst: z.boolean(),
  approvalId: z.string(),
  gatePassId: z.string().nullable(),
  shippedAt: instant.nullable(),
  itemValueMinor: z
    .number()
    .int()
    .nullable()
    .describe('book value of what left (R38: the fine in the second month)'),
  oldPartDueAt: instant.nullable(),
  fineIds: z.array(z.string()),
});

export const ReturnsHttp = {
  newReturnBody,
  returnInspectionBody,
  handlingReportBody,
  bookingBody,
  returnAccountingBody,
  returnView,
  returns: pageOf(returnView),
  returnsQuery: formListQuery(RETURN_STATUSES),
  newReplacementBody,
  oldPartBody,
  replacementIssueBody,
  replacementView,
  replacements: pageOf(replacementView),
  replacementsQuery: formListQuery(REPLACEMENT_STATUSES),
};
