import type { z } from 'zod';
import type { deadlineArmV1Schema } from './events/scheduler/scheduler.deadline.arm.v1';
import type { deadlineCancelV1Schema } from './events/scheduler/scheduler.deadline.cancel.v1';
import type {
  deadlineCalendar,
  deadlineDue,
  DeadlineSubject,
  escalationLevel,
} from './events/scheduler/scheduler.schemas';

// Typed builders for the commands every owning service sends the scheduler through its outbox
// (R39): "1 hour to reply, then the branch manager, then HQ" is one line in the owning service.

export type DeadlineCalendar = z.input<typeof deadlineCalendar>;
export type DeadlineDue = z.input<typeof deadlineDue>;
export type EscalationLevel = z.input<typeof escalationLevel>;
type Role = EscalationLevel['role'];

export const Calendars = {
  /** every instant counts (a promised delivery time, a 5-minute call answer) */
  wallClock: (timeZone?: string): DeadlineCalendar =>
    timeZone ? { kind: 'wall-clock', timeZone } : { kind: 'wall-clock' },
  /** only the branch's business hours count, holidays and make-up working days included */
  businessHours: (branch: string): DeadlineCalendar => ({ kind: 'business-hours', branch }),
};

const iso = (instant: Date | string) =>
  typeof instant === 'string' ? instant : instant.toISOString();

export const Due = {
  at: (instant: Date | string): DeadlineDue => ({ kind: 'at', dueAt: iso(instant) }),
  /** `duration` (ISO 8601, months allowed: `PT8H`, `P1M`) after `startsAt`, on a calendar */
  after: (duration: string, startsAt: Date | string, calendar: DeadlineCalendar): DeadlineDue => ({
    kind: 'after',
    startsAt: iso(startsAt),
    duration,
    calendar,
  }),
  /** the end of the calendar month `startsAt` falls in (R14, R32–R34 "within the month") */
  endOfMonth: (startsAt: Date | string, calendar: DeadlineCalendar): DeadlineDue => ({
    kind: 'end-of-month',
    startsAt: iso(startsAt),
    calendar,
  }),
};

/** A ladder from `[role, after]` pairs, levels numbered in order: `ladder(['agent','PT0S'], …)`. */
export function ladder(...steps: [Role, string][]): EscalationLevel[] {
  return steps.map(([role, after], i) => ({ level: i + 1, role, after }));
}

/** The company's standard ladders (R39: agent → branch manager → HQ / general manager). */
export const Ladders = {
  /** the agent at due, the branch manager `managerAfter` later, HQ customer service `hqAfter` later */
  agentManagerHq: (managerAfter = 'PT1H', hqAfter = 'PT4H') =>
    ladder(['agent', 'PT0S'], ['branch-manager', managerAfter], ['hq-service', hqAfter]),
  /** work that starts at the branch manager (an agent passed it on), then HQ */
  managerHq: (hqAfter = 'PT1H') => ladder(['branch-manager', 'PT0S'], ['hq-service', hqAfter]),
  /** a role at due, the branch manager, then the general manager (warehouse, billing) */
  toGeneralManager: (first: Role, managerAfter = 'P1D', generalManagerAfter = 'P3D') =>
    ladder(
      [first, 'PT0S'],
      ['branch-manager', managerAfter],
      ['general-manager', generalManagerAfter],
    ),
};

export type ArmDeadlineData = z.input<typeof deadlineArmV1Schema>;
export type CancelDeadlineData = z.input<typeof deadlineCancelV1Schema>;

/** `scheduler.deadline.arm`, ready for `tx.publish(…)`: start a clock in the same transaction. */
export function armDeadline(
  data: Omit<ArmDeadlineData, 'payload'> & { payload?: ArmDeadlineData['payload'] },
): { type: 'scheduler.deadline.arm'; data: ArmDeadlineData; branch: string } {
  return {
    type: 'scheduler.deadline.arm',
    data: { ...data, payload: data.payload ?? {} },
    branch: data.subject.branch,
  };
}

/** `scheduler.deadline.cancel`: stop the clock when the work is done (or no longer applies). */
export function cancelDeadline(
  deadlineId: string,
  subject: DeadlineSubject,
  reason: CancelDeadlineData['reason'] = 'done',
): { type: 'scheduler.deadline.cancel'; data: CancelDeadlineData; branch: string } {
  return {
    type: 'scheduler.deadline.cancel',
    data: { deadlineId, subject, reason },
    branch: subject.branch,
  };
}
