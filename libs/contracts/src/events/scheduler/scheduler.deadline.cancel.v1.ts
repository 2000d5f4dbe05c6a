import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { deadlineId, deadlineSubject, deadlineSubjectKey } from './scheduler.schemas';

export const deadlineCancelV1Schema = z.object({
  deadlineId,
  subject: deadlineSubject,
  reason: z
    .enum(['done', 'withdrawn', 'superseded'])
    .describe(
      'why the clock stops: the work is done, it no longer applies, or a new arm replaces it',
    ),
});

export const schedulerDeadlineCancelV1 = defineEvent({
  type: 'scheduler.deadline.cancel',
  version: 1,
  topic: Topics.schedulerRequests,
  schema: deadlineCancelV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'Command: stop a deadline and its escalations (R39). Sent through the outbox in the transaction that ends the work; cancelling an unknown or fired-out deadline is a no-op.',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
    reason: 'done',
  },
});
