import { z } from 'zod';
import { calendarDate, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import {
  formBranch,
  formHeader,
  formListQuery,
  itemCode,
  quantity,
  shortText,
  staffView,
} from './common';

// R27: the finished-goods inbound slip (产成品入库单) — receiving unit, date, drawing no., name,
// spec, quantity, ex-tax unit price, amount, labour hours — signed by the workshop director,
// stamped "inspection passed" by QC, checked by the keeper against goods and certificate.

/**
 * A line as the workshop accountant filled it in. Fields may be missing on paper: the slip is
 * recorded as written and the keeper's receipt refuses it, naming what is missing.
 */
export const inboundSlipLine = z.strictObject({
  drawingNo: itemCode.optional(),
  name: z.string().trim().max(200).optional(),
  specification: z.string().trim().max(200).optional(),
  quantity: quantity.optional(),
  unitPriceMinor: z.number().int().min(0).max(1e13).optional().describe('ex-tax, fen'),
  amountMinor: z.number().int().min(0).max(1e13).optional().describe('fen'),
  labourHours: z.number().positive().max(1e6).optional(),
});

export const newInboundSlipBody = z.strictObject({
  branch: formBranch,
  receivingUnit: z.string().trim().max(100).optional().describe('入库单位, e.g. 一车间'),
  slipDate: calendarDate.optional(),
  lines: z.array(inboundSlipLine).min(1).max(50),
});

export const INSPECTION_RESULTS = ['passed', 'failed'] as const;

/** QC's stamp: "inspection passed" (检验合格) or failed, with the inspection report. */
export const inspectionBody = z.strictObject({
  result: z.enum(INSPECTION_RESULTS),
  reportNo: shortText.describe('the inspection report (质检报告) number'),
  findings: z.string().trim().max(2000).optional(),
});

/** The keeper's receipt: goods counted and the certificate (合格证) seen. */
export const inboundReceiptBody = z.strictObject({
  goodsChecked: z.boolean().describe('the goods were counted against the slip'),
  certificateChecked: z.boolean().describe('the certificate of conformity came with them'),
  countedQuantities: z
    .array(quantity)
    .optional()
    .describe('per line, as counted; when given, each must match the slip'),
});

export const INBOUND_STATUSES = ['raised', 'received', 'rejected'] as const;

export const inspectionView = z.object({
  result: z.enum(INSPECTION_RESULTS),
  reportNo: z.string(),
  findings: z.string().nullable(),
  by: staffView,
  at: instant,
});

export const inboundSlipView = z.object({
  ...formHeader,
  receivingUnit: z.string().nullable(),
  slipDate: calendarDate.nullable(),
  lines: z.array(
    z.object({
      drawingNo: z.string().nullable(),
      name: z.string().nullable(),
      specification: z.string().nullable(),
      quantity: z.number().nullable(),
      unitPriceMinor: z.number().int().nullable(),
      amountMinor: z.number().int().nullable(),
      labourHours: z.number().nullable(),
    }),
  ),
  approvalId: z.string().describe("the workshop director's signature is this approval"),
  directorSignature: z.object({ by: staffView, at: instant }).nullable(),
  inspection: inspectionView.nullable(),
  receipt: z
    .object({ by: staffView, at: instant, movementSeqs: z.array(z.number().int()) })
    .nullable(),
});

export const InboundHttp = {
  newInboundSlipBody,
  inspectionBody,
  inboundReceiptBody,
  inboundSlipView,
  inboundSlips: pageOf(inboundSlipView),
  inboundSlipsQuery: formListQuery(INBOUND_STATUSES),
};
