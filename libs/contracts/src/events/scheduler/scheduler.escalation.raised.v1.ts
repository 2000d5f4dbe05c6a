import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant, staffRole } from '../shared.schemas';
import {
  deadlineId,
  deadlinePayload,
  deadlineSubject,
  deadlineSubjectKey,
} from './scheduler.schemas';

export const escalationRaisedV1Schema = z.object({
  deadlineId,
  rule: z.string().regex(/^R\d+$/),
  subject: deadlineSubject,
  level: z.number().int().min(1).describe('the ladder level that lapsed; each fires once'),
  role: staffRole.describe('who must act now'),
  dueAt: instant.describe('when the deadline was due'),
  raisedAt: instant.describe(
    'when this level lapsed (scheduled time, also after catching up on downtime); the same instant as `levelDueAt`',
  ),
  // Added in v1 (additive): optional only so that escalations raised before them stay valid;
  // the scheduler always sets all three.
  levelDueAt: instant
    .optional()
    .describe("this level's scheduled time: the deadline's due time plus the level's `after`"),
  firedAt: instant
    .optional()
    .describe(
      'when the scheduler actually fired this level (later than `levelDueAt` after downtime)',
    ),
  latenessMs: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('`firedAt` − `levelDueAt` in milliseconds'),
  finalLevel: z.boolean().describe('true when no higher level is left on the ladder'),
  payload: deadlinePayload.describe('the payload of the arm command, unchanged'),
});

export const schedulerEscalationRaisedV1 = defineEvent({
  type: 'scheduler.escalation.raised',
  version: 1,
  topic: Topics.schedulerEscalations,
  schema: escalationRaisedV1Schema,
  key: (data) => deadlineSubjectKey(data.subject),
  description:
    'A level of an armed deadline lapsed without a cancel (R39); the owning service acts (reassign, notify) and the gateway streams it to front ends.',
  example: {
    deadlineId: 'complaint:C-2025-0117:reply',
    rule: 'R17',
    subject: { type: 'complaint', id: 'C-2025-0117', branch: 'SH' },
    level: 2,
    role: 'branch-manager',
    dueAt: '2025-03-14T02:20:00Z',
    raisedAt: '2025-03-14T03:20:00Z',
    levelDueAt: '2025-03-14T03:20:00Z',
    firedAt: '2025-03-14T03:20:00.140Z',
    latenessMs: 140,
    finalLevel: false,
    payload: { waybillNo: 'SH0000000422', callerPhone: '+86 138 0000 0000' },
  },
});
