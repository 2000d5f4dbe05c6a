import type { Deadline, QueueView } from '../api/types';

/** One line of a queue: a deadline and why it is there. */
export interface QueueRow {
  deadline: Deadline;
  /** overdue: a level fired to this role and the work is not done; dueSoon: the next level is ours */
  section: 'overdue' | 'dueSoon';
}

/**
 * How far the scheduler's clock is ahead of this PC's: countdowns run on the scheduler's time
 * (`asOf`), so a PC whose clock is off still shows the time the ladder really has left.
 */
export function clockOffsetMs(asOf: string, receivedAt: number): number {
  return Date.parse(asOf) - receivedAt;
}

/** Time left until `instant` on the scheduler's clock; negative once it has passed. */
export function msUntil(instant: string, nowMs: number, offsetMs: number): number {
  return Date.parse(instant) - (nowMs + offsetMs);
}

/** The highest ladder level that has fired (0: none yet) and how many levels there are. */
export function levelReached(deadline: Deadline): { level: number; of: number; role?: string } {
  const fired = deadline.ladder.filter((l) => l.firedAt);
  const last = fired[fired.length - 1];
  return { level: last?.level ?? 0, of: deadline.ladder.length, role: last?.role };
}

/** Business hours or wall clock: the countdown runs to the instant the calendar gave. */
export function calendarOf(deadline: Deadline): {
  kind: 'business-hours' | 'wall-clock';
  branch?: string;
} {
  return deadline.calendar.kind === 'business-hours'
    ? {
        kind: 'business-hours',
        branch: String(deadline.calendar.branch ?? deadline.subject.branch),
      }
    : { kind: 'wall-clock' };
}

/**
 * Oldest first: what is overdue by its due time (the longest-waiting customer at the top), then
 * what is coming by the time its next level fires. Several branches' queues (HQ) merge the same way.
 */
export function queueRows(views: QueueView[]): QueueRow[] {
  const overdue = views
    .flatMap((v) => v.overdue)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id.localeCompare(b.id));
  const dueSoon = views
    .flatMap((v) => v.dueSoon)
    .sort(
      (a, b) =>
        Date.parse(a.nextFireAt ?? a.dueAt) - Date.parse(b.nextFireAt ?? b.dueAt) ||
        a.id.localeCompare(b.id),
    );
  return [
    ...overdue.map((deadline) => ({ deadline, section: 'overdue' as const })),
    ...dueSoon.map((deadline) => ({ deadline, section: 'dueSoon' as const })),
  ];
}
