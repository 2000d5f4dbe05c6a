import type { EntityManager } from 'typeorm';

const UNIQUE_VIOLATION = '23505';
/** the ids, sent as one JSON array in parameter $2 */
const IDS = 'json_array_elements_text($2::json) AS id';
const INSERT_ALL = `INSERT INTO inbox (consumer_group, event_id) SELECT $1, id FROM ${IDS}`;

/**
 * Records these events as processed by `group` when none of them is recorded yet — the case of
 * nearly every delivery — with one plain insert in the caller's transaction. When one is (a
 * redelivery, or a copy within `eventIds`) it throws an error `isInboxCopy` recognises, and the
 * transaction is spoilt: the caller rolls it back and records with `recordInInbox` instead.
 * Saves `recordInInbox`'s savepoint, a round trip per transaction.
 */
export async function recordAllNewInInbox(
  manager: EntityManager,
  group: string,
  eventIds: string[],
): Promise<void> {
  if (eventIds.length === 0) return;
  await manager.query(INSERT_ALL, [group, JSON.stringify(eventIds)]);
}

/** The error `recordAllNewInInbox` (or a plain inbox insert) fails with when an id is recorded. */
export function isInboxCopy(error: unknown): boolean {
  const { code, table } = error as { code?: string; table?: string };
  return code === UNIQUE_VIOLATION && table === 'inbox';
}

/**
 * Records that `group` processed these events, in the caller's transaction, and returns the ids
 * it had recorded before: their effects must be skipped. A redelivered event's row exists (or is
 * being inserted by a concurrent delivery, whose commit we then wait for).
 *
 * Almost every call records only new ids, so it first tries a plain insert, which costs Postgres
 * half of what `ON CONFLICT DO NOTHING` does (no speculative insertion per row). When an id is
 * already there, the insert fails as a whole, is rolled back to the savepoint, and the ids are
 * recorded again one by one skipping the duplicates.
 */
export async function recordInInbox(
  manager: EntityManager,
  group: string,
  eventIds: string[],
): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  // One JSON text parameter: node-postgres quotes a text[] element by element in JavaScript.
  const ids = JSON.stringify(eventIds);
  await manager.query('SAVEPOINT inbox');
  try {
    await manager.query(INSERT_ALL, [group, ids]);
    return new Set();
  } catch (error) {
    if (!isInboxCopy(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT inbox');
  }
  const rows: { event_id: string }[] = await manager.query(
    `WITH recorded AS (
       INSERT INTO inbox (consumer_group, event_id)
       SELECT $1, id FROM ${IDS}
       ON CONFLICT DO NOTHING
       RETURNING event_id)
     SELECT id AS event_id FROM ${IDS}
     WHERE id NOT IN (SELECT event_id FROM recorded)`,
    [group, ids],
  );
  return new Set(rows.map((r) => r.event_id));
}
