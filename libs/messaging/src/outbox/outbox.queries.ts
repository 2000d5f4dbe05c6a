/**
 * Claims the oldest unpublished rows that no other relay holds, and of those keeps only rows with
 * no older unpublished row of the same key outside this claim: a replica never overtakes another
 * replica's earlier event of the same key (docs/decisions/0010). Rows it skips stay locked until
 * the claim's transaction ends, then another pass (or replica) takes them in order.
 */
export const CLAIM_BATCH = `
  WITH claimed AS (
    SELECT id FROM outbox
    WHERE published_at IS NULL
    ORDER BY id
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  SELECT o.id, o.event_id, o.topic, o.key, o.envelope::text AS envelope, o.headers,
         (extract(epoch FROM o.created_at) * 1000)::float8 AS created_ms
  FROM outbox o
  JOIN claimed c ON c.id = o.id
  WHERE NOT EXISTS (
    SELECT 1 FROM outbox older
    WHERE older.key = o.key
      AND older.published_at IS NULL
      AND older.id < o.id
      AND older.id NOT IN (SELECT id FROM claimed)
  )
  ORDER BY o.id`;

export const MARK_PUBLISHED = `UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])`;

export const PRUNE_PUBLISHED = `DELETE FROM outbox WHERE published_at < now() - make_interval(secs => $1)`;

export const OLDEST_UNPUBLISHED_AGE = `
  SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS seconds
  FROM outbox WHERE published_at IS NULL`;

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
