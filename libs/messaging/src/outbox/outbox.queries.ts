/**
 * Claims the oldest unpublished rows that no other relay holds, and of those keeps only rows with
 * no older unpublished row of the same key outside this claim: a replica never overtakes another
 * replica's earlier event of the same key (docs/decisions/0010). Rows it skips stay locked until
 * the claim's transaction ends, then another pass (or replica) takes them in order. A pending
 * entry whose outbox row was deleted by hand comes back with only its id (`event_id` null), so
 * that the mark drops it.
 */
export const CLAIM_BATCH = `
  WITH claimed AS (
    SELECT id FROM outbox_pending
    ORDER BY id
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  SELECT c.id, o.event_id, o.topic, o.key, o.envelope::text AS envelope, o.headers,
         (extract(epoch FROM o.created_at) * 1000)::float8 AS created_ms
  FROM claimed c
  LEFT JOIN outbox o ON o.id = c.id
  WHERE NOT EXISTS (
    SELECT 1 FROM outbox_pending older
    WHERE older.key = o.key
      AND older.id < o.id
      AND older.id NOT IN (SELECT id FROM claimed)
  )
  ORDER BY c.id`;

/** Off the pending list, and `published_at` set: a HOT update of the row (decision 0015). */
export const MARK_PUBLISHED = `
  WITH published AS (DELETE FROM outbox_pending WHERE id = ANY($1::bigint[]))
  UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`;

/** Published rows created longer ago than the retention (found through the BRIN on created_at). */
export const PRUNE_PUBLISHED = `
  DELETE FROM outbox
  WHERE created_at < now() - make_interval(secs => $1) AND published_at IS NOT NULL`;

export const OLDEST_UNPUBLISHED_AGE = `
  SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS seconds
  FROM outbox_pending`;

/** What a claim returns: an event to publish, or a pending entry whose outbox row is gone. */
export type ClaimedRow = OutboxRow | { id: string; event_id: null };

export const isOutboxEvent = (row: ClaimedRow): row is OutboxRow => row.event_id !== null;

export interface OutboxRow {
  id: string;
  event_id: string;
  topic: string;
  key: string;
  /**
   * The envelope as Postgres prints the jsonb: sent to Kafka as it is, so the relay neither
   * parses nor re-serialises it (with the timestamp below: the scheduler's drain +13 %).
   */
  envelope: string;
  headers: Record<string, string>;
  /** created_at in epoch ms: a number is parsed far quicker than a timestamp */
  created_ms: number;
}
