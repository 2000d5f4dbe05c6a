import { z } from 'zod';
import { calendarDate, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import {
  fen,
  formBranch,
  formHeader,
  formListQuery,
  itemCategory,
  itemCode,
  longText,
  quantity,
  shortText,
  signatory,
  staffView,
} from './common';

// R34 entrusted processing (委托加工): materials out on a requisition (领料单) with unit, time,
// category, name, model/spec, unit, quantity, unit price, amount, purpose, requester, issuer,
// approver; back in against the same requisition; a shortfall goes on a compensation list
// (委托加工赔偿清单) the processor signs; cost = processing fee + material; back within the month,
// at most two, all by year end — else the processor confirms in writing.

export const newEntrustedRequisitionBody = z.strictObject({
  branch: formBranch,
  processor: shortText.describe('领料单位: the processing company'),
  requestedAt: instant.describe('时间: when the requisition was written'),
  purpose: longText.describe('用途: what is to be made'),
  requester: signatory.describe("领料人: who collects the material (the processor's person)"),
  lines: z
    .array(
      z.strictObject({
        category: itemCategory.describe('材料类别'),
        itemCode,
        name: shortText.describe('材料名称, as on the item'),
        specification: z.string().trim().max(200).describe('型号及规格'),
        unit: z.string().trim().min(1).max(16).describe('计量单位'),
        quantity,
        unitPriceMinor: fen.describe('单价: book price per unit, fen'),
        amountMinor: fen.describe('金额 = quantity × unit price'),
      }),
    )
    .min(1)
    .max(30),
});

export const entrustedIssueBody = z.strictObject({
  gatePassId: z.string().trim().min(1).max(40),
});

/** Processed goods back in against the requisition: cost = processing fee + material (R34). */
export const entrustedReturnBody = z.strictObject({
  invoiceNo: z.string().trim().max(60).optional().describe("the processor's invoice for the fee"),
  lines: z
    .array(
      z.strictObject({
        materialItemCode: itemCode.describe('which material of the requisition this used'),
        materialQuantity: quantity.describe('how much of it, in the material unit'),
        productItemCode: itemCode.describe('what came back (may be the material itself)'),
        productQuantity: quantity,
        processingFeeMinor: fen.describe('at the processing agreement price'),
      }),
    )
    .min(1)
    .max(30),
});

export const compensationListBody = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        itemCode,
        quantity,
        cause: z.enum(['processing-scrap', 'lost']),
        compensationMinor: fen,
      }),
    )
    .min(1)
    .max(30),
  signedBy: signatory.describe("the processor's signatory"),
  signedOn: calendarDate,
});

export const processorConfirmationBody = z.strictObject({
  letterRef: shortText.describe('our letter and the processor’s written confirmation'),
  confirmedBy: signatory,
  confirmedOn: calendarDate,
  expectedBackOn: calendarDate.optional(),
});

export const ENTRUSTED_STATUSES = [
  'awaiting-approval',
  'awaiting-gate-pass',
  'ready-to-issue',
  'at-processor',
  'closed',
  'rejected',
] as const;

export const entrustedRequisitionView = z.object({
  ...formHeader,
  processor: z.string(),
  requestedAt: instant,
  purpose: z.string(),
  requester: z.object({ name: z.string(), title: z.string().nullable() }),
  issuer: staffView.nullable().describe('发料人: the keeper who issued'),
  approver: staffView.nullable().describe('批准人'),
  approvalId: z.string(),
  gatePassId: z.string().nullable(),
  issuedAt: instant.nullable(),
  totalMinor: z.number().int(),
  lines: z.array(
    z.object({
      category: itemCategory,
      itemCode: z.string(),
      name: z.string(),
      specification: z.string(),
      unit: z.string(),
      quantity: z.number(),
      unitPriceMinor: z.number().int(),
      amountMinor: z.number().int(),
      issuedValueMinor: z.number().int().nullable(),
      returnedQuantity: z.number(),
      compensatedQuantity: z.number(),
      outstandingQuantity: z.number(),
    }),
  ),
  returns: z.array(
    z.object({
      at: instant,
      by: staffView,
      invoiceNo: z.string().nullable(),
      lines: z.array(
        z.object({
          materialItemCode: z.string(),
          materialQuantity: z.number(),
          productItemCode: z.string(),
          productQuantity: z.number(),
          materialCostMinor: z.number().int(),
          processingFeeMinor: z.number().int(),
          costMinor: z.number().int(),
        }),
      ),
    }),
  ),
  compensationLists: z.array(
    z.object({
      at: instant,
      by: staffView,
      signedBy: z.object({ name: z.string(), title: z.string().nullable() }),
      signedOn: calendarDate,
      lines: z.array(
        z.object({
          itemCode: z.string(),
          quantity: z.number(),
          cause: z.string(),
          compensationMinor: z.number().int(),
        }),
      ),
      totalMinor: z.number().int(),
    }),
  ),
  processorConfirmation: z
    .object({
      letterRef: z.string(),
      confirmedBy: z.object({ name: z.string(), title: z.string().nullable() }),
      confirmedOn: calendarDate,
      expectedBackOn: calendarDate.nullable(),
      recordedBy: staffView,
    })
    .nullable(),
  dueAt: instant.nullable().describe('end of the month it went out'),
  overdue: z.array(z.string()).describe('month, two-months, year-end'),
});

export const EntrustedHttp = {
  newEntrustedRequisitionBody,
  entrustedIssueBody,
  entrustedReturnBody,
  compensationListBody,
  processorConfirmationBody,
  entrustedRequisitionView,
  entrustedRequisitions: pageOf(entrustedRequisitionView),
  entrustedRequisitionsQuery: formListQuery(ENTRUSTED_STATUSES),
};
