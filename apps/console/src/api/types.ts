// The gateway's answers the console reads, as documented at /api/docs (OpenAPI). Written by hand
// from the gateway's schemas (services/gateway/src/**/*.schemas.ts, libs/contracts/src/http):
// the console bundle must not pull zod and the contracts in. Phase 2 adds its desks' types here
// or beside each desk (src/desks/<desk>/types.ts).

/** A role staff sign in with (R41). A string: roles the console does not know yet still sign in. */
export type Role = string;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  /** seconds until the access token expires */
  expiresIn: number;
}

/** GET /api/v1/auth/me */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  branch: string;
  issuer: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface LadderLevel {
  level: number;
  role: Role;
  after: string;
  fireAt: string;
  firedAt?: string;
}

/** A deadline (R39), as GET /api/v1/queues/{branch}/{role} lists it. */
export interface Deadline {
  id: string;
  rule: string;
  subject: { type: string; id: string; branch: string };
  calendar: { kind?: string; branch?: string; [key: string]: unknown };
  state: 'armed' | 'paused' | 'escalated' | 'completed' | 'cancelled';
  dueAt: string;
  nextLevel: number | null;
  nextFireAt: string | null;
  nextRole: Role | null;
  escalatedRole: Role | null;
  pausedRemainingMs: number | null;
  ladder: LadderLevel[];
  payload: Record<string, unknown>;
}

export interface QueueView {
  /** the scheduler's clock when it answered: countdowns run on it, not on this PC's clock */
  asOf: string;
  overdue: Deadline[];
  dueSoon: Deadline[];
}

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  branchCode: string;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Branch {
  code: string;
  name: string;
  timeZone: string;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: { id: string | null; username: string | null; role: string | null; branch: string | null };
  action: string;
  target: string | null;
  outcome: 'succeeded' | 'denied' | 'failed';
  status: number;
  reason: string | null;
  correlationId: string;
}

/** One event of GET /api/v1/live (decision 0021): `escalation`, `alert` or `deadline-closed`. */
export interface LiveNotification {
  id: string;
  kind: 'escalation' | 'alert' | 'deadline-closed' | string;
  eventType: string;
  eventId: string;
  branch: string;
  role: Role;
  occurredAt: string;
  data: LiveData;
}

/** The fields of the events' `data` the console shows (escalation raised, staff alert, closed). */
export interface LiveData {
  deadlineId?: string;
  rule?: string;
  subject?: { type: string; id: string; branch: string };
  level?: number;
  role?: Role;
  dueAt?: string;
  finalLevel?: boolean;
  alertId?: string;
  kind?: string;
  title?: string;
  detail?: string;
  [key: string]: unknown;
}
