import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const starElectedV1Schema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  branch: branchCode,
  winner: z.object({ username: z.string().min(1), name: z.string().nullable() }),
  staffVotes: z.number().int().min(0),
  customerVotes: z.number().int().min(0),
  closedAt: instant,
  closedBy: staffRef,
});

export const complaintStarElectedV1 = defineEvent({
  type: 'complaint.star.elected',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: starElectedV1Schema,
  key: (data) => `${data.branch}:${data.month}`,
  description:
    "A branch's service star of the month was elected by staff and customers (R22), reported to HQ personnel.",
  example: {
    month: '2026-03',
    branch: 'SH01',
    winner: { username: 'li.ming', name: '李明' },
    staffVotes: 7,
    customerVotes: 12,
    closedAt: '2026-04-01T02:00:00Z',
    closedBy: { userId: 'u-bm-1', username: 'branch-manager' },
  },
});
