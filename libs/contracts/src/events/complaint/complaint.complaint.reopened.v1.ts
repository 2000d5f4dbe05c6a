import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const complaintReopenedV1Schema = z.object({
  complaintId: z.string().min(1),
  branch: branchCode,
  round: z.number().int().min(2),
  reopenedAt: instant,
  reopenedBy: staffRef,
  replyDueAt: instant.describe('R17: a new hour starts'),
});

export const complaintComplaintReopenedV1 = defineEvent({
  type: 'complaint.complaint.reopened',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: complaintReopenedV1Schema,
  key: (data) => data.complaintId,
  description:
    'A closed complaint came back (the customer is not satisfied): a new 1-hour clock runs (R17).',
  example: {
    complaintId: 'CMP-SH01-000031',
    branch: 'SH01',
    round: 2,
    reopenedAt: '2026-03-05T02:00:00Z',
    reopenedBy: { userId: 'u-agent-1', username: 'agent' },
    replyDueAt: '2026-03-05T03:00:00Z',
  },
});
