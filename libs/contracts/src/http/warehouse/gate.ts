import { z } from 'zod';
import { branchCode, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import { fen, formBranch, formListQuery, shortText, staffView } from './common';

// The gate pass (出门证): finance issues it for a form whose goods leave the company (a sale once
// paid or arranged, R29/R30; an after-sales replacement, R32; entrusted material, R34; material
// sold outside or for after-sales, R37). The keeper issues goods only against it; the gate
// guard checks it as they leave (R38: leaving without one costs the guard 50).

export const GATE_PASS_DOCUMENTS = [
  'sale',
  'replacement',
  'entrusted-requisition',
  'requisition',
] as const;

export const payment = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('paid'),
    receiptNo: shortText.describe("finance's receipt for the money"),
    amountMinor: fen,
  }),
  z.strictObject({
    kind: z.literal('arranged'),
    reference: shortText.describe('the contract or credit arrangement (办理相关手续)'),
  }),
]);

export const newGatePassBody = z.strictObject({
  branch: formBranch,
  document: z.strictObject({
    type: z.enum(GATE_PASS_DOCUMENTS),
    id: z.string().trim().min(1).max(40),
  }),
  payment: payment
    .optional()
    .describe('sales and material sold outside: paid, or arranged (retail: paid only, R30)'),
});

export const GATE_PASS_STATUSES = ['issued', 'goods-issued', 'left-the-gate'] as const;

export const gatePassView = z.object({
  id: z.string(),
  branch: branchCode,
  status: z.enum(GATE_PASS_STATUSES),
  document: z.object({ type: z.enum(GATE_PASS_DOCUMENTS), id: z.string() }),
  basis: z.enum(['paid', 'arranged', 'after-sales', 'processing', 'material']),
  payment: z
    .object({
      kind: z.enum(['paid', 'arranged']),
      receiptNo: z.string().nullable(),
      amountMinor: z.number().int().nullable(),
      reference: z.string().nullable(),
    })
    .nullable(),
  lines: z.array(z.object({ itemCode: z.string(), quantity: z.number() })),
  currency: z.literal('CNY'),
  issuedBy: staffView,
  issuedAt: instant,
  goodsIssuedAt: instant.nullable(),
  leftAt: instant.nullable(),
  exitId: z.string().nullable(),
});

/** The gate guard's record of goods going out: against a pass, or (R38) without one. */
export const newGateExitBody = z.strictObject({
  branch: formBranch,
  gatePassId: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('the pass shown; leave out only to record goods that left without one (R38)'),
  vehicle: z.string().trim().max(20).optional().describe('plate number'),
  carrier: z.string().trim().max(100).optional(),
  description: z.string().trim().max(500).optional().describe('what left'),
  guard: z
    .strictObject({ username: shortText, userId: z.string().trim().max(64).optional() })
    .optional()
    .describe('the guard on duty, when someone else reports the exit'),
});

export const gateExitView = z.object({
  id: z.string(),
  branch: branchCode,
  status: z.enum(['with-pass', 'without-pass']),
  gatePassId: z.string().nullable(),
  withoutGatePass: z.boolean(),
  vehicle: z.string().nullable(),
  carrier: z.string().nullable(),
  description: z.string().nullable(),
  guard: staffView,
  recordedBy: staffView,
  at: instant,
  fineId: z.string().nullable().describe('R38: 50 for the guard when there was no pass'),
});

export const GateHttp = {
  newGatePassBody,
  gatePassView,
  gatePasses: pageOf(gatePassView),
  gatePassesQuery: formListQuery(GATE_PASS_STATUSES),
  newGateExitBody,
  gateExitView,
  gateExits: pageOf(gateExitView),
  gateExitsQuery: formListQuery(['with-pass', 'without-pass']),
};
