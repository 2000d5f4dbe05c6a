import { instant, staffRole, timeZone } from '@freight/contracts';
import { z } from 'zod';
import { isValidOffset } from '../calendars/calendar-offset.rules';
import { CANCEL_REASONS } from './cancel-deadline.handler';

// The internal HTTP commands. They accept what scheduler.deadline.arm v1 carries, plus
// `end-of-month` dues and month offsets (P1M) for R14 and R32–R34 (docs/scheduler.md).

const offset = z.string().refine(isValidOffset, 'expected an ISO 8601 duration, e.g. PT8H or P1M');

const calendarRef = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('wall-clock'), timeZone: timeZone.optional() }),
  z.strictObject({ kind: z.literal('business-hours'), branch: z.string().min(1) }),
]);

export const dueSpec = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('at'), dueAt: instant }),
  z.strictObject({
    kind: z.literal('after'),
    startsAt: instant,
    duration: offset,
    calendar: calendarRef,
  }),
  z.strictObject({ kind: z.literal('end-of-month'), startsAt: instant, calendar: calendarRef }),
]);

/** Roles as scheduler.escalation.raised carries them, so every level can be published. */
export const ladderLevel = z.strictObject({
  level: z.number().int().min(1),
  role: staffRole,
  after: offset,
});

const subject = z.strictObject({
  type: z.string().min(1),
  id: z.string().min(1),
  branch: z.string().min(1),
});

export const armDeadlineBody = z.strictObject({
  deadlineId: z.string().min(1).max(200),
  rule: z.string().regex(/^R\d+$/, 'expected a rule id such as R17'),
  subject,
  due: dueSpec,
  ladder: z.array(ladderLevel).min(1),
  payload: z.record(z.string(), z.unknown()).default({}),
});

export const moveDeadlineBody = z.strictObject({ due: dueSpec });

export const cancelDeadlineBody = z.strictObject({
  reason: z.enum(CANCEL_REASONS).default('done'),
});

export const cancelSubjectBody = z.strictObject({
  subject: z.strictObject({ type: z.string().min(1), id: z.string().min(1) }),
  reason: z.enum(CANCEL_REASONS).default('done'),
});

export { queueQuery, subjectDeadlinesQuery } from '@freight/contracts';
