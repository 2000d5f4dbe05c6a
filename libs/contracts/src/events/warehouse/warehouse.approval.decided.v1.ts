import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';
import { warehouseFormRef, warehouseStaff } from './warehouse.schemas';

export const warehouseApprovalDecidedV1Schema = z.object({
  approvalId: z.string().min(1),
  branch: branchCode,
  kind: z
    .string()
    .min(1)
    .describe('below-minimum-price, after-sales-replacement, stock-adjustment …'),
  rule: z.string().regex(/^R\d+$/),
  subject: warehouseFormRef,
  amountMinor: z.number().int().nullable(),
  decision: z.enum(['approved', 'rejected']),
  decidedBy: warehouseStaff,
  decidedAt: instant,
  note: z.string().nullable(),
});

export const warehouseApprovalDecidedV1 = defineEvent({
  type: 'warehouse.approval.decided',
  version: 1,
  topic: serviceEventsTopic('warehouse'),
  schema: warehouseApprovalDecidedV1Schema,
  key: (data) => data.approvalId,
  description:
    'Someone decided an approval a warehouse rule asks for (R27 signature, R28 adjustment, R30 price, R31 quality return, R32 replacement, R34, R36, R37): who, when, within which limit.',
  example: {
    approvalId: 'AP-SH01-000009',
    branch: 'SH01',
    kind: 'below-minimum-price',
    rule: 'R30',
    subject: { type: 'sale', id: 'SL-SH01-000017' },
    amountMinor: 20_000,
    decision: 'approved',
    decidedBy: { userId: 'u-gm-1', username: 'general-manager', role: 'general-manager' },
    decidedAt: '2025-03-12T06:55:00Z',
    note: 'long-standing customer; once only',
  },
});
