import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { deadlineId, deadlineSubject, deadlineSubjectKey } from './scheduler.schemas';

export const deadlinePauseV1Schema = z.object({
  deadlineId,
  subject: deadlineSubject,
});

export const schedulerDeadlinePauseV1 = defineEvent({
  type: 'scheduler.deadline.pause',
  version: 1,
  topic: Topics.schedulerRequests,
  schema: deadlinePauseV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'Command: stop the clock of an open deadline while the work waits on someone else, e.g. the customer (R39). ' +
    'The working time left until due is kept (negative when already overdue) and nothing fires until `scheduler.deadline.resume`. ' +
    'Pausing a paused deadline is a no-op; pausing an unknown, completed or cancelled one is rejected (dead-lettered with the reason).',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
  },
});
