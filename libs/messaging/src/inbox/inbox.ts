import type { EntityManager } from 'typeorm';

/**
 * Records that `group` processed these events, in the caller's transaction, and returns the ids
 * seen for the first time. A redelivered event's row already exists (or is being inserted by a
 * concurrent delivery, whose commit we then wait for), so it is left out and its effect skipped.
 */
export async function recordInInbox(
  manager: EntityManager,
  group: string,
  eventIds: string[],
): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  // Answers with the ids recorded before (almost always none) rather than the ids recorded now
  // (almost always all): a chunk of thousands then costs no result rows to parse.
  const rows: { event_id: string }[] = await manager.query(
    `WITH recorded AS (
       INSERT INTO inbox (consumer_group, event_id)
       SELECT $1, id FROM unnest($2::text[]) AS id
       ON CONFLICT DO NOTHING
       RETURNING event_id)
     SELECT id AS event_id FROM unnest($2::text[]) AS id
     WHERE id NOT IN (SELECT event_id FROM recorded)`,
    [group, eventIds],
  );
  if (rows.length === 0) return new Set(eventIds);
  const seenBefore = new Set(rows.map((r) => r.event_id));
  return new Set(eventIds.filter((id) => !seenBefore.has(id)));
}
