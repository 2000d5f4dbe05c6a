import { z } from 'zod';
import { branchCode, instant, staffRole } from '../../events/shared.schemas';
import { branchQuery, listOf, pageOf, pageQuery } from '../common';
import { staffView } from './common';

// Approvals (R27, R28, R30–R32, R34, R36, R37): one mechanism — who may approve what, up to
// which amount — for every form a rule puts before someone's signature.

export const WAREHOUSE_APPROVAL_KINDS = [
  'finished-goods-inbound',
  'stock-adjustment',
  'below-minimum-price',
  'quality-return',
  'after-sales-replacement',
  'entrusted-processing',
  'production-requisition',
  'material-outside-use',
] as const;
export const approvalKind = z.enum(WAREHOUSE_APPROVAL_KINDS);

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const approvalView = z.object({
  id: z.string(),
  branch: branchCode,
  kind: approvalKind,
  rule: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  summary: z.string().describe('what is asked, in one line'),
  amountMinor: z.number().int().nullable().describe('what is at stake, in fen'),
  currency: z.literal('CNY'),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: staffView,
  requestedAt: instant,
  decidedBy: staffView.nullable(),
  decidedAt: instant.nullable(),
  note: z.string().nullable(),
  approvers: z
    .array(z.object({ role: staffRole, upToMinor: z.number().int().nullable() }))
    .describe('who may decide it (the policy for its kind)'),
});

export const approvalsQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  status: z.enum(APPROVAL_STATUSES).optional(),
  kind: approvalKind.optional(),
});

export const decisionBody = z.strictObject({
  note: z.string().trim().max(1000).optional().describe("the approver's instruction (批示)"),
});

export const rejectionBody = z.strictObject({
  note: z.string().trim().min(1).max(1000).describe('why not: the requester reads it'),
});

export const approvalPolicyView = z.object({
  kind: approvalKind,
  rule: z.string(),
  what: z.string(),
  approvers: z.array(z.object({ role: staffRole, upToMinor: z.number().int().nullable() })),
});

export const ApprovalsHttp = {
  approvalView,
  approvals: pageOf(approvalView),
  approvalsQuery,
  decisionBody,
  rejectionBody,
  approvalPolicy: listOf(approvalPolicyView),
};
