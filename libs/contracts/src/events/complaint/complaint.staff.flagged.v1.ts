import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';

export const staffFlaggedV1Schema = z.object({
  username: z.string().min(1),
  branch: branchCode,
  month: z.string().regex(/^\d{4}-\d{2}$/),
  reason: z
    .enum(['three-months-running', 'over-monthly-threshold'])
    .describe(
      'R21 屡教不改: complaints at fault in three months running, or more than the threshold in one',
    ),
  explanation: z.string().min(1),
  flaggedAt: instant,
});

export const complaintStaffFlaggedV1 = defineEvent({
  type: 'complaint.staff.flagged',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: staffFlaggedV1Schema,
  key: (data) => data.username,
  description: 'A member of staff is flagged for dismissal review as a repeat offender (R21).',
  example: {
    username: 'li.ming',
    branch: 'SH01',
    month: '2026-03',
    reason: 'three-months-running',
    explanation: 'at fault in complaints of 2026-01, 2026-02 and 2026-03',
    flaggedAt: '2026-03-20T08:00:00Z',
  },
});
