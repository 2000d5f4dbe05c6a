import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { deadlineId, deadlineSubject, deadlineSubjectKey } from './scheduler.schemas';

export const deadlineResumeV1Schema = z.object({
  deadlineId,
  subject: deadlineSubject,
});

export const schedulerDeadlineResumeV1 = defineEvent({
  type: 'scheduler.deadline.resume',
  version: 1,
  topic: Topics.schedulerRequests,
  schema: deadlineResumeV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'Command: start the clock of a paused deadline again (R39): due = now + the working time that was left, on its calendar; ' +
    'levels not yet fired are re-based. Resuming a deadline that is not paused is a no-op; resuming an unknown, completed or ' +
    'cancelled one is rejected (dead-lettered with the reason).',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
  },
});
