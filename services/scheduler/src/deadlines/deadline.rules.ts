import {
  BusinessCalendar,
  businessTimeBetween,
  shiftByBusinessTime,
} from '../calendars/business-calendar.rules';
import { DeadlineClosedError, DeadlineConflictError } from './deadline.errors';
import type { ArmDeadline, Deadline, DeadlineChange, DueSpec } from './deadline.model';
import {
  armDigestOf,
  calendarRefOf,
  dueTimeOf,
  schedule,
  withSchedule,
} from './deadline-schedule.rules';

export { fireNextLevel } from './level-firing.rules';

// R39: a deadline climbs its ladder (agent at due → branch manager +1 h → HQ +4 h …) one level
// at a time, each level exactly once, until the owner completes or cancels it.

export function armDeadline(
  command: ArmDeadline,
  calendar: BusinessCalendar,
  now: Date,
): DeadlineChange {
  const dueAt = dueTimeOf(command.due, calendar);
  const blank: Deadline = {
    id: command.deadlineId,
    rule: command.rule,
    subject: command.subject,
    calendar: calendarRefOf(command.due),
    dueAt,
    ladder: [],
    state: 'armed',
    nextLevel: null,
    nextFireAt: null,
    pausedRemainingMs: null,
    payload: command.payload,
    armDigest: armDigestOf(command),
    version: 1,
  };
  const deadline = withSchedule(blank, schedule(command.ladder, calendar, dueAt));
  return {
    deadline,
    entry: {
      kind: 'armed',
      at: now,
      details: { dueAt: dueAt.toISOString(), ladder: deadline.ladder },
    },
  };
}

/** An arm repeated with the same id: a no-op when the content is the same, else refused. */
export function checkRearm(existing: Deadline, command: ArmDeadline): void {
  if (existing.armDigest !== armDigestOf(command)) throw new DeadlineConflictError(existing.id);
}

export function nextFireAt(deadline: Deadline): Date | null {
  return deadline.nextFireAt;
}

function assertOpen(deadline: Deadline): void {
  if (deadline.state === 'completed' || deadline.state === 'cancelled')
    throw new DeadlineClosedError(deadline.id, deadline.state);
}

/** A new due time: levels not yet fired are re-based on it; fired ones stay fired. */
export function moveDeadline(
  deadline: Deadline,
  due: DueSpec,
  calendar: BusinessCalendar,
  now: Date,
): DeadlineChange {
  assertOpen(deadline);
  const dueAt = dueTimeOf(due, calendar);
  const moved = { ...deadline, dueAt, calendar: calendarRefOf(due), version: deadline.version + 1 };
  const rescheduled = withSchedule(
    moved,
    schedule(deadline.ladder, calendar, dueAt, deadline.ladder),
  );
  const paused =
    rescheduled.state === 'paused'
      ? { pausedRemainingMs: businessTimeBetween(calendar, now, dueAt) }
      : {};
  const details = { from: deadline.dueAt.toISOString(), to: dueAt.toISOString() };
  return { deadline: { ...rescheduled, ...paused }, entry: { kind: 'moved', at: now, details } };
}

/** Freezes the working time left until due (e.g. waiting for the customer). Null: already paused. */
export function pauseDeadline(
  deadline: Deadline,
  calendar: BusinessCalendar,
  now: Date,
): DeadlineChange | null {
  assertOpen(deadline);
  if (deadline.state === 'paused') return null;
  const pausedRemainingMs = businessTimeBetween(calendar, now, deadline.dueAt);
  const paused: Deadline = {
    ...deadline,
    state: 'paused',
    nextFireAt: null,
    pausedRemainingMs,
    version: deadline.version + 1,
  };
  return {
    deadline: paused,
    entry: { kind: 'paused', at: now, details: { remainingMs: pausedRemainingMs } },
  };
}

/** Due again after the frozen working time; levels not fired are re-based. Null: not paused. */
export function resumeDeadline(
  deadline: Deadline,
  calendar: BusinessCalendar,
  now: Date,
): DeadlineChange | null {
  assertOpen(deadline);
  if (deadline.state !== 'paused') return null;
  const dueAt = shiftByBusinessTime(calendar, now, deadline.pausedRemainingMs ?? 0);
  const resumed: Deadline = {
    ...deadline,
    state: 'armed',
    dueAt,
    pausedRemainingMs: null,
    version: deadline.version + 1,
  };
  const rescheduled = withSchedule(
    resumed,
    schedule(deadline.ladder, calendar, dueAt, deadline.ladder),
  );
  return {
    deadline: rescheduled,
    entry: { kind: 'resumed', at: now, details: { dueAt: dueAt.toISOString() } },
  };
}

/** Stops the clock for good: `done` completes it, any other reason cancels it. Null: already stopped. */
export function closeDeadline(
  deadline: Deadline,
  reason: string,
  now: Date,
): DeadlineChange | null {
  if (deadline.state === 'completed' || deadline.state === 'cancelled') return null;
  const state = reason === 'done' ? 'completed' : 'cancelled';
  const closed: Deadline = {
    ...deadline,
    state,
    nextFireAt: null,
    pausedRemainingMs: null,
    version: deadline.version + 1,
  };
  return { deadline: closed, entry: { kind: state, at: now, details: { reason } } };
}
