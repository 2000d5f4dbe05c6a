import { seesAllBranches } from '../access/access.rules';
import type { Principal } from '../access/principal';

/** One row of live_notification, as the stream sends it. */
export interface LiveNotification {
  /** the SSE event id: commit order, the same on every replica */
  id: string;
  /** SSE event name, e.g. `escalation` */
  kind: string;
  /** the event type it came from, e.g. `scheduler.escalation.raised` */
  eventType: string;
  eventId: string;
  branch: string;
  /** the gateway role it is addressed to */
  role: string;
  occurredAt: string;
  data: unknown;
}

/**
 * Who receives a notification (decision 0021): it is addressed to a role, in a branch. A branch
 * user gets those of their role in their branch; HQ roles (hq-service, general-manager, admin)
 * get those of their role in every branch — e.g. hq-service sees the HQ level of every branch's
 * ladder, the general manager the general-manager level. Nobody gets another role's.
 */
export function reaches(
  principal: Principal,
  notification: Pick<LiveNotification, 'role' | 'branch'>,
): boolean {
  if (notification.role !== principal.role) return false;
  return seesAllBranches(principal) || notification.branch === principal.branch;
}

/** The same rule as a query filter: role, and branch (null: every branch). */
export function audienceOf(principal: Principal): { role: string; branch: string | null } {
  return { role: principal.role, branch: seesAllBranches(principal) ? null : principal.branch };
}

/** One SSE event (WHATWG HTML, server-sent events): id, event name, one JSON data line. */
export function sseEvent(notification: LiveNotification): string {
  const { id, kind, ...payload } = notification;
  // JSON.stringify never emits a raw newline, so the data fits one `data:` line.
  return `id: ${id}\nevent: ${kind}\ndata: ${JSON.stringify({ id, kind, ...payload })}\n\n`;
}

export const SSE_HEARTBEAT = ': heartbeat\n\n';

/**
 * Last-Event-ID: the header a reconnecting EventSource sends, or `?lastEventId=` for a client
 * that reconnects with a new ticket (a new EventSource sends no header). A decimal id, or absent.
 * Returns 'invalid' for anything else.
 */
export function lastEventIdOf(header: unknown, query: unknown): bigint | undefined | 'invalid' {
  const value = typeof header === 'string' && header !== '' ? header : query;
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{1,18}$/.test(value)) return 'invalid';
  return BigInt(value);
}

/** Older than what the stream keeps: not stored, not streamed (a consumer catching up on history). */
export function isStale(occurredAt: string, now: Date, retentionHours: number): boolean {
  return now.getTime() - new Date(occurredAt).getTime() > retentionHours * 3_600_000;
}
