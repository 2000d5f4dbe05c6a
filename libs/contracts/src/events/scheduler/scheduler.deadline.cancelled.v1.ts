import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant } from '../shared.schemas';
import { deadlineId, deadlineSubject, deadlineSubjectKey } from './scheduler.schemas';

export const deadlineCancelledV1Schema = z.object({
  deadlineId,
  rule: z.string().regex(/^R\d+$/),
  subject: deadlineSubject,
  reason: z
    .enum(['withdrawn', 'superseded'])
    .describe('why the clock stopped without the work being done'),
  cancelledAt: instant.describe('when the scheduler recorded the cancel'),
  dueAt: instant.describe('when the deadline was due'),
  levelsFired: z
    .number()
    .int()
    .min(0)
    .describe('how many ladder levels had fired before it was cancelled'),
});

export const schedulerDeadlineCancelledV1 = defineEvent({
  type: 'scheduler.deadline.cancelled',
  version: 1,
  topic: Topics.schedulerEscalations,
  schema: deadlineCancelledV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'A deadline was stopped because it no longer applies (`scheduler.deadline.cancel` with reason `withdrawn` or `superseded`, R39): ' +
    'no further level fires. Published once, in the transaction that closes the deadline.',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    rule: 'R17',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
    reason: 'withdrawn',
    cancelledAt: '2025-03-14T02:05:00Z',
    dueAt: '2025-03-14T02:20:00Z',
    levelsFired: 1,
  },
});
