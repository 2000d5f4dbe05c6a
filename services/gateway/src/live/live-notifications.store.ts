import type { EntityManager } from 'typeorm';
import type { LiveNotification } from './live.rules';

/** The channel every replica LISTENs on; the payload is empty (rows are read by id). */
export const LIVE_CHANNEL = 'live_notification';
// One advisory lock for all writers: ids then follow commit order, so a reader that has seen
// id N never later finds a newly committed row below N (a bigserial alone does not promise it).
const WRITE_LOCK = [0x67617465, 0x6c697665] as const; // 'gate', 'live'

export interface NewLiveNotification {
  eventId: string;
  eventType: string;
  kind: string;
  branch: string;
  role: string;
  /** the deadline an escalation is about; null for an alert */
  deadlineId: string | null;
  occurredAt: string;
  data: unknown;
}

const lockWriters = (manager: EntityManager) =>
  manager.query('SELECT pg_advisory_xact_lock($1, $2)', [...WRITE_LOCK]);
const notifyReaders = (manager: EntityManager) =>
  manager.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, '']);

/** In the consumer's transaction (with its inbox row); NOTIFY is delivered at commit. */
export async function appendLiveNotification(
  manager: EntityManager,
  n: NewLiveNotification,
): Promise<void> {
  await lockWriters(manager);
  await manager.query(
    `INSERT INTO live_notification (event_id, event_type, kind, branch, role, deadline_id, occurred_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
    [
      n.eventId,
      n.eventType,
      n.kind,
      n.branch,
      n.role,
      n.deadlineId,
      n.occurredAt,
      JSON.stringify(n.data),
    ],
  );
  await notifyReaders(manager);
}

/**
 * A deadline completed or cancelled (`deadline-closed`): addressed to every role and branch that
 * was streamed an escalation of it (still retained), so their screens can clear it. A deadline
 * that never escalated concerns nobody. One row per audience; the event id gets a suffix.
 */
export async function appendDeadlineClosed(
  manager: EntityManager,
  event: { id: string; type: string; data: unknown },
  deadlineId: string,
  occurredAt: string,
): Promise<void> {
  await lockWriters(manager);
  await manager.query(
    `INSERT INTO live_notification (event_id, event_type, kind, branch, role, deadline_id, occurred_at, data)
     SELECT $1 || '/' || role || '@' || branch, $2, 'deadline-closed', branch, role, $3, $4, $5
       FROM (SELECT DISTINCT role, branch FROM live_notification
              WHERE deadline_id = $3 AND kind = 'escalation' ORDER BY role, branch) told
     ON CONFLICT (event_id) DO NOTHING`,
    [event.id, event.type, deadlineId, occurredAt, JSON.stringify(event.data)],
  );
  await notifyReaders(manager);
}

interface Row {
  id: string;
  kind: string;
  event_type: string;
  event_id: string;
  branch: string;
  role: string;
  occurred_at: Date;
  data: unknown;
}

export const SELECT_NOTIFICATION = `SELECT id::text AS id, kind, event_type, event_id, branch, role, occurred_at, data
  FROM live_notification`;

export function toNotification(row: Row): LiveNotification {
  return {
    id: row.id,
    kind: row.kind,
    eventType: row.event_type,
    eventId: row.event_id,
    branch: row.branch,
    role: row.role,
    occurredAt: row.occurred_at.toISOString(),
    data: row.data,
  };
}
