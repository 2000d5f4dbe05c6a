import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { deadlineDue, deadlineId, deadlineSubject, deadlineSubjectKey } from './scheduler.schemas';

export const deadlineMoveV1Schema = z.object({
  deadlineId,
  subject: deadlineSubject,
  due: deadlineDue.describe(
    'the new due time, computed as for an arm; levels not yet fired are re-based on it, fired ones stay fired',
  ),
});

export const schedulerDeadlineMoveV1 = defineEvent({
  type: 'scheduler.deadline.move',
  version: 1,
  topic: Topics.schedulerRequests,
  schema: deadlineMoveV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'Command: give an open deadline a new due time, e.g. a promised delivery time renegotiated (R13, R39). ' +
    'Levels not yet fired are re-based; a paused deadline stays paused with the working time left until the new due. ' +
    'Moving an unknown, completed or cancelled deadline is rejected (dead-lettered on `scheduler.requests.dlq` with the reason).',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
    due: { kind: 'at', dueAt: '2025-03-14T06:00:00Z' },
  },
});
