import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import {
  deadlineDue,
  deadlineId,
  deadlinePayload,
  deadlineSubject,
  deadlineSubjectKey,
  escalationLevel,
} from './scheduler.schemas';

export const deadlineArmV1Schema = z.object({
  deadlineId,
  rule: z
    .string()
    .regex(/^R\d+$/)
    .describe('the requirement that sets this deadline, e.g. `R17`'),
  subject: deadlineSubject,
  due: deadlineDue,
  ladder: z
    .array(escalationLevel)
    .min(1)
    .describe('levels in climbing order; the scheduler fires each once'),
  payload: deadlinePayload,
});

export const schedulerDeadlineArmV1 = defineEvent({
  type: 'scheduler.deadline.arm',
  version: 1,
  topic: Topics.schedulerRequests,
  schema: deadlineArmV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'Command: start a durable deadline with its escalation ladder (R39). Sent through the outbox in the transaction that starts the clock. ' +
    'The id is permanent: the same id with the same content again is a no-op (a redelivery is harmless); the same id with different content is rejected — ' +
    'nothing is replaced and, after the consumer\'s retries, the message is dead-lettered on `scheduler.requests.dlq` with the reason in its `dlq-error` header ("deadline … is already armed with different content"). ' +
    'Use `scheduler.deadline.move` to change the due time, or a new id (e.g. `complaint:C-17:reply:2`) to start a new clock for the same subject.',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    rule: 'R17',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
    due: {
      kind: 'after',
      startsAt: '2025-03-14T01:20:00Z',
      duration: 'PT1H',
      calendar: { kind: 'wall-clock' },
    },
    ladder: [
      { level: 1, role: 'agent', after: 'PT0S' },
      { level: 2, role: 'branch-manager', after: 'PT1H' },
      { level: 3, role: 'hq-service', after: 'PT4H' },
    ],
    payload: { waybillNo: 'SH0000000422', callerPhone: '+86 138 0000 0000' },
  },
});
