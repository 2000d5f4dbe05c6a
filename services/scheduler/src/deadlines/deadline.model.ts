// The deadline aggregate's shape (R39), shared by the rules, the persistence and the API.

export const DEADLINE_STATES = ['armed', 'paused', 'escalated', 'completed', 'cancelled'] as const;
/**
 * armed: counting, the next level fires at nextFireAt · paused: the clock is frozen (e.g.
 * waiting for the customer) · escalated: every level has fired, waiting for the work to be done
 * · completed / cancelled: stopped for good.
 */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** What a deadline is about: the owning service's aggregate, scoped to a branch (R41). */
export interface DeadlineSubject {
  type: string;
  id: string;
  branch: string;
}

/** Which calendar counts the time: every instant, or a branch's business hours and holidays. */
export type CalendarRef =
  { kind: 'wall-clock'; timeZone?: string } | { kind: 'business-hours'; branch: string };

/** When a deadline is due, as the requester says it. */
export type DueSpec =
  | { kind: 'at'; dueAt: string }
  | { kind: 'after'; startsAt: string; duration: string; calendar: CalendarRef }
  /** R14, R32–R34: the end of the calendar month of `startsAt`, in the calendar's zone */
  | { kind: 'end-of-month'; startsAt: string; calendar: CalendarRef };

/** One rung as requested: `after` is an ISO 8601 duration from the due time (PT0S = at due). */
export interface LadderLevel {
  level: number;
  role: string;
  after: string;
}

/** One rung as scheduled. Instants are ISO strings: the ladder is stored as JSON. */
export interface LadderStep extends LadderLevel {
  fireAt: string;
  firedAt?: string;
}

export interface ArmDeadline {
  deadlineId: string;
  rule: string;
  subject: DeadlineSubject;
  due: DueSpec;
  ladder: LadderLevel[];
  payload: Record<string, unknown>;
}

export interface Deadline {
  id: string;
  rule: string;
  subject: DeadlineSubject;
  calendar: CalendarRef;
  dueAt: Date;
  ladder: LadderStep[];
  state: DeadlineState;
  /** the level that fires next; null when none is left */
  nextLevel: number | null;
  /** null unless armed with a level left */
  nextFireAt: Date | null;
  /** while paused: working time left until due (negative when paused overdue) */
  pausedRemainingMs: number | null;
  payload: Record<string, unknown>;
  /** fingerprint of the arm command, so a repeated arm is recognised (idempotent) */
  armDigest: string;
  version: number;
}

export const HISTORY_KINDS = [
  'armed',
  'moved',
  'paused',
  'resumed',
  'level-fired',
  'completed',
  'cancelled',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One line of a deadline's append-only history. */
export interface HistoryEntry {
  kind: HistoryKind;
  at: Date;
  details: Record<string, unknown>;
}

/** What a level firing tells the owner: scheduler.escalation.raised (R39). */
export interface Escalation {
  deadlineId: string;
  rule: string;
  subject: DeadlineSubject;
  level: number;
  role: string;
  dueAt: Date;
  /** when the level was scheduled to lapse */
  raisedAt: Date;
  /** when the scheduler fired it (later than raisedAt after downtime) */
  firedAt: Date;
  latenessMs: number;
  finalLevel: boolean;
  payload: Record<string, unknown>;
}

/** A decided change: the deadline's new state and the history line that records it. */
export interface DeadlineChange {
  deadline: Deadline;
  entry: HistoryEntry;
}
