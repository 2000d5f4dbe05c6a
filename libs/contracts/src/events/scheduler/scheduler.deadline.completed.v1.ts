import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant } from '../shared.schemas';
import { deadlineId, deadlineSubject, deadlineSubjectKey } from './scheduler.schemas';

export const deadlineCompletedV1Schema = z.object({
  deadlineId,
  rule: z.string().regex(/^R\d+$/),
  subject: deadlineSubject,
  completedAt: instant.describe('when the scheduler recorded the cancel with reason `done`'),
  dueAt: instant.describe('when the deadline was due'),
  levelsFired: z
    .number()
    .int()
    .min(0)
    .describe('how many ladder levels had fired before it was completed (0: done in time)'),
});

export const schedulerDeadlineCompletedV1 = defineEvent({
  type: 'scheduler.deadline.completed',
  version: 1,
  topic: Topics.schedulerEscalations,
  schema: deadlineCompletedV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'A deadline was stopped because its work is done (`scheduler.deadline.cancel` with reason `done`, R39): no further level fires. ' +
    'Published once, in the transaction that closes the deadline; front ends clear the escalation from their queues.',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    rule: 'R17',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
    completedAt: '2025-03-14T02:05:00Z',
    dueAt: '2025-03-14T02:20:00Z',
    levelsFired: 0,
  },
});
