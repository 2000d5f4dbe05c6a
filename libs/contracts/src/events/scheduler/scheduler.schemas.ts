import { z } from 'zod';
import { instant, staffRole } from '../shared.schemas';

/**
 * ISO 8601 duration counted on a calendar: months (P1M — R32–R34 "within the month"), days,
 * hours, minutes, seconds, e.g. `PT8H`, `P1DT4H`, `P1M`, `PT0S`. Months move the local date in
 * the calendar's zone, the rest is elapsed (or working) time.
 */
export const calendarOffset = z
  .string()
  .regex(/^P(?!$)(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/)
  .describe('ISO 8601 duration (months, days, hours, minutes, seconds), e.g. `PT8H`, `P1M`');

/** Which calendar counts the time: every instant, or a branch's business hours and holidays. */
export const deadlineCalendar = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('wall-clock'),
    timeZone: z
      .string()
      .min(1)
      .optional()
      .describe('IANA zone for month ends and month offsets; default Asia/Shanghai'),
  }),
  z.object({
    kind: z.literal('business-hours'),
    branch: z.string().min(1).describe('whose hours and holidays count'),
  }),
]);

/** What a deadline is about: the owning service's aggregate, scoped to a branch (R41). */
export const deadlineSubject = z.object({
  type: z.string().min(1).describe('the aggregate kind, e.g. `quote-inquiry`, `complaint`'),
  id: z.string().min(1),
  branch: z.string().min(1),
});
export type DeadlineSubject = z.infer<typeof deadlineSubject>;

/** Commands and escalations of one subject share a key, so an arm is never overtaken by its cancel. */
export const deadlineSubjectKey = (subject: DeadlineSubject): string =>
  `${subject.type}:${subject.id}`;

/**
 * When a deadline is due: at an instant, a duration from a start counted on a calendar (the
 * wall clock, or the business hours and holidays of a branch), or the end of the calendar month
 * of a start (R14, R32–R34). Month offsets and `end-of-month` were added to v1 (additive).
 */
export const deadlineDue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('at'), dueAt: instant }),
  z.object({
    kind: z.literal('after'),
    startsAt: instant,
    duration: calendarOffset,
    calendar: deadlineCalendar,
  }),
  z.object({
    kind: z.literal('end-of-month'),
    startsAt: instant.describe('due at the end of the calendar month this instant falls in'),
    calendar: deadlineCalendar,
  }),
]);

/** One rung of the escalation ladder, e.g. agent at due, branch manager +1 h, HQ +4 h (R39). */
export const escalationLevel = z.object({
  level: z.number().int().min(1),
  role: staffRole.describe('who is told when this level lapses'),
  after: calendarOffset.describe(
    'how long after the due time this level fires; `PT0S` at due, `P1M` a month later',
  ),
});

/** Opaque to the scheduler: handed back on every escalation so the owner can act without a lookup. */
export const deadlinePayload = z.record(z.string(), z.unknown());

export const deadlineId = z
  .string()
  .min(1)
  .describe(
    'chosen by the owning service, permanent for the deadline (e.g. `complaint:C-17:reply`): arming the same id with the same content again is a no-op, with different content it is refused (use `scheduler.deadline.move` to change the due time, a new id for a new clock)',
  );
