import { createHash } from 'node:crypto';
import type { BusinessCalendar } from '../calendars/business-calendar.rules';
import { endOfCalendarMonth } from '../calendars/calendar-month.rules';
import { addOffset } from '../calendars/calendar-offset.rules';
import { InvalidLadderError } from './deadline.errors';
import type {
  ArmDeadline,
  CalendarRef,
  Deadline,
  DueSpec,
  LadderLevel,
  LadderStep,
} from './deadline.model';

// R39: when a deadline is due and when each level of its ladder fires.

/** The calendar a due spec is counted on; `at` is wall clock. */
export function calendarRefOf(due: DueSpec): CalendarRef {
  return due.kind === 'at' ? { kind: 'wall-clock' } : due.calendar;
}

export function dueTimeOf(due: DueSpec, calendar: BusinessCalendar): Date {
  if (due.kind === 'at') return new Date(due.dueAt);
  if (due.kind === 'end-of-month')
    return endOfCalendarMonth(calendar.timeZone, new Date(due.startsAt));
  return addOffset(calendar, new Date(due.startsAt), due.duration);
}

/** Same content ⇔ same digest: key order of the JSON does not matter. */
export function armDigestOf(command: ArmDeadline): string {
  return createHash('sha256').update(canonicalJson(command)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Levels fire in order 1, 2, 3 …, never earlier than the level below. */
export function schedule(
  ladder: readonly LadderLevel[],
  calendar: BusinessCalendar,
  dueAt: Date,
  fired: readonly LadderStep[] = [],
): LadderStep[] {
  const steps = ladder.map((level, index): LadderStep => {
    if (level.level !== index + 1)
      throw new InvalidLadderError(`level ${index + 1} expected, got ${level.level}`);
    const done = fired[index]?.firedAt ? fired[index] : undefined;
    return done ?? { ...level, fireAt: addOffset(calendar, dueAt, level.after).toISOString() };
  });
  if (steps.length === 0) throw new InvalidLadderError('it has no level');
  // once levels fired, a move may put the rest before them: only a requested ladder must climb
  if (fired.length === 0) checkClimbs(steps);
  return steps;
}

function checkClimbs(steps: LadderStep[]): void {
  steps.slice(1).forEach((step, i) => {
    if (step.fireAt < steps[i].fireAt)
      throw new InvalidLadderError(`level ${step.level} would fire before level ${steps[i].level}`);
  });
}

export function withSchedule(deadline: Deadline, ladder: LadderStep[]): Deadline {
  const next = ladder.find((step) => !step.firedAt);
  const counting = deadline.state === 'armed' || deadline.state === 'escalated';
  return {
    ...deadline,
    ladder,
    state: counting ? (next ? 'armed' : 'escalated') : deadline.state,
    nextLevel: next?.level ?? null,
    nextFireAt: next && counting ? new Date(next.fireAt) : null,
  };
}
