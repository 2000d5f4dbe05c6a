import { z } from 'zod';
import { branchCode, money, staffRole } from '../shared.schemas';

/** R21: one line of a month's complaint fines, as the fine events carry it. */
export const fineLine = z.object({
  fineId: z.string().min(1).describe('stable: the same line keeps its id when recomputed'),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  branch: branchCode,
  kind: z
    .enum(['staff-at-fault', 'branch-manager-joint', 'manager-neglect', 'hq-coordinator-joint'])
    .describe(
      'R21: 10/20/50 to staff at fault; 5 joint to the branch manager; 10–50 to a manager who let it climb; 5 joint to the HQ coordinator',
    ),
  person: z.object({ username: z.string().nullable(), role: staffRole }),
  complaintId: z.string().min(1),
  count: z.number().int().min(1).describe("the person's nth such complaint in the month"),
  amount: money,
  explanation: z.string().min(1),
  companyWideNotice: z.boolean().describe('R21: announced to the whole company (the third)'),
});

export const exampleFineLine = {
  fineId: 'R21-2026-03-staff-at-fault-CMP-SH01-000031-li.ming',
  month: '2026-03',
  branch: 'SH01',
  kind: 'staff-at-fault' as const,
  person: { username: 'li.ming', role: 'agent' as const },
  complaintId: 'CMP-SH01-000031',
  count: 2,
  amount: { amountMinor: 2000, currency: 'CNY' },
  explanation:
    'R21: li.ming at fault in CMP-SH01-000031, the 2nd such complaint in 2026-03: 20.00 CNY',
  companyWideNotice: false,
};
