import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';
import { warehouseFormRef, warehouseStaff } from './warehouse.schemas';

export const warehouseFineAssessedV1Schema = z.object({
  fineId: z.string().min(1),
  branch: branchCode,
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('the month the line counts in (Asia/Shanghai)'),
  person: warehouseStaff,
  reason: z.string().min(1).describe('improper-receipt, left-without-gate-pass, old-part-late …'),
  clause: z.string().describe('assessment clause 4.1 … 4.7 of the logistics rules'),
  measure: z.enum(['fine', 'loss', 'salary-held']),
  amountMinor: z.number().int().min(0),
  currency: z.literal('CNY'),
  explanation: z.string().min(1),
  subject: warehouseFormRef,
  assessedAt: instant,
  assessedBy: warehouseStaff.nullable().describe('null: a lapsed deadline assessed it'),
});

export const warehouseFineAssessedV1 = defineEvent({
  type: 'warehouse.fine.assessed',
  version: 1,
  topic: serviceEventsTopic('warehouse'),
  schema: warehouseFineAssessedV1Schema,
  key: (data) => `${data.branch}:${data.person.username}`,
  description:
    'An R38 assessment line: improper receipt 10, incomplete outbound 5, leaving without a gate pass 50 (the guard), an old part not back 10 then its value, late settlement 10 then salary held, losses borne — each explained. Payroll and the monthly list read these.',
  example: {
    fineId: 'FN-SH01-000004',
    branch: 'SH01',
    month: '2025-04',
    person: { userId: 'u-sales-1', username: 'sales', role: 'sales' },
    reason: 'old-part-late',
    clause: '4.4',
    measure: 'fine',
    amountMinor: 1_000,
    currency: 'CNY',
    explanation:
      'Replacement RP-SH01-000003: the new FG-PMP-0150 left on 2025-03-20; the old part was not back by the end of March.',
    subject: { type: 'replacement', id: 'RP-SH01-000003' },
    assessedAt: '2025-03-31T16:00:00Z',
    assessedBy: null,
  },
});
