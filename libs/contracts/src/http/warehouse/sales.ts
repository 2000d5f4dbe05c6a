import { z } from 'zod';
import { branchCode, calendarDate, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import {
  fen,
  formBranch,
  formHeader,
  formListQuery,
  itemCode,
  quantity,
  shortText,
  signatory,
  staffView,
} from './common';
import { INSPECTION_RESULTS } from './inbound';

// R29 outbound for sale: QC clears the goods → sales raises the outbound slip (产品出库单) and the
// issue list (收发清单) → finance issues the gate pass once paid or arranged → the keeper issues
// against it → the gate guard checks it → the buyer-signed issue list comes back to the
// warehouse, then finance. R30 retail: paid first; below the company minimum only with the
// general manager. R33: settled within the month, at most two.

/** QC's clearance of goods for sale (认定无质量问题). */
export const newQcClearanceBody = z.strictObject({
  branch: formBranch,
  itemCode,
  quantity,
  result: z.enum(INSPECTION_RESULTS),
  reportNo: shortText,
  findings: z.string().trim().max(2000).optional(),
});

export const qcClearanceView = z.object({
  id: z.string(),
  branch: branchCode,
  itemCode: z.string(),
  quantity: z.number(),
  remainingQuantity: z.number().describe('not yet on an outbound slip'),
  status: z.enum(['open', 'used-up', 'failed']),
  result: z.enum(INSPECTION_RESULTS),
  reportNo: z.string(),
  findings: z.string().nullable(),
  inspectedBy: staffView,
  inspectedAt: instant,
});

export const SALE_KINDS = ['contract', 'retail'] as const;

export const buyer = z.strictObject({
  name: shortText.describe('the buying company or person'),
  customerId: z.string().trim().max(40).optional().describe('when the buyer is a customer on file'),
  contact: z.string().trim().max(100).optional(),
  phone: z.string().trim().max(30).optional(),
});

export const newSaleBody = z.strictObject({
  branch: formBranch,
  kind: z.enum(SALE_KINDS).describe('retail (社会零星销售) is paid before release (R30)'),
  buyer,
  lines: z
    .array(
      z.strictObject({
        itemCode,
        quantity,
        unitPriceMinor: fen.describe('selling price per unit, fen'),
        qcClearanceId: z.string().trim().min(1).max(40).describe('QC cleared these goods (R29)'),
      }),
    )
    .min(1)
    .max(50),
  note: z.string().trim().max(1000).optional(),
});

/** Goods issued by the keeper against the gate pass's pickup copy (提货联). */
export const saleIssueBody = z.strictObject({
  gatePassId: z.string().trim().min(1).max(40),
});

/** The issue list signed or stamped by the buyer, back at the warehouse and checked. */
export const signedIssueListBody = z.strictObject({
  signedBy: signatory.describe("the buyer's signatory"),
  signedOn: calendarDate,
  stamped: z.boolean().default(false).describe("the buyer's company stamp is on it"),
  quantitiesMatch: z
    .boolean()
    .describe('the keeper checked the signed quantities against the slip'),
});

/** Finance takes the signed issue list from the warehouse (R29 "返财务部"). */
export const handoverBody = z.strictObject({
  note: z.string().trim().max(500).optional(),
});

/** R33: finance settles the shipped goods (invoice and payment matched). */
export const settlementBody = z.strictObject({
  invoiceNo: shortText,
  amountMinor: fen,
  note: z.string().trim().max(1000).optional(),
});

export const SALE_STATUSES = [
  'awaiting-price-approval',
  'awaiting-gate-pass',
  'gate-pass-issued',
  'issued',
  'left-the-gate',
  'rejected',
] as const;

export const saleView = z.object({
  ...formHeader,
  kind: z.enum(SALE_KINDS),
  buyer: z.object({
    name: z.string(),
    customerId: z.string().nullable(),
    contact: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  lines: z.array(
    z.object({
      itemCode: z.string(),
      name: z.string(),
      unit: z.string(),
      quantity: z.number(),
      unitPriceMinor: z.number().int(),
      amountMinor: z.number().int(),
      qcClearanceId: z.string(),
      belowMinimum: z.boolean().describe('R30: under the company minimum price'),
    }),
  ),
  totalMinor: z.number().int(),
  note: z.string().nullable(),
  salesperson: staffView,
  priceApprovalId: z.string().nullable(),
  gatePassId: z.string().nullable(),
  issueList: z.object({
    no: z.string().describe('收发清单 number'),
    signedBy: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
    signedOn: calendarDate.nullable(),
    stamped: z.boolean().nullable(),
    returnedAt: instant.nullable().describe('back at the warehouse, checked'),
    handedToFinanceAt: instant.nullable(),
  }),
  issuedAt: instant.nullable(),
  leftAt: instant.nullable(),
  settlement: z
    .object({
      invoiceNo: z.string(),
      amountMinor: z.number().int(),
      settledAt: instant,
      by: staffView,
      late: z.boolean().describe('after the month the goods left in (R33)'),
    })
    .nullable(),
  overdue: z.array(z.string()).describe('deadlines that lapsed: settlement, signed-issue-list'),
});

export const SalesHttp = {
  newQcClearanceBody,
  qcClearanceView,
  qcClearances: pageOf(qcClearanceView),
  qcClearancesQuery: formListQuery(['open', 'used-up', 'failed']),
  newSaleBody,
  saleIssueBody,
  signedIssueListBody,
  settlementBody,
  handoverBody,
  saleView,
  sales: pageOf(saleView),
  salesQuery: formListQuery(SALE_STATUSES),
};
