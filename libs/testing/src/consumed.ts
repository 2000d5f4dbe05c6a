import type { DataSource } from 'typeorm';
import { waitFor } from './wait-for';

/**
 * Waits until a service's consumer has taken every one of these events: their ids in its inbox
 * (libs/messaging). Events of different keys may sit on different partitions, so "a later event
 * was applied" says nothing about an earlier one; the inbox does.
 */
export async function eventsConsumed(
  dataSource: DataSource,
  eventIds: string[],
  timeoutMs = 60_000,
): Promise<void> {
  const ids = [...new Set(eventIds)];
  await waitFor(
    async () =>
      (
        await dataSource.query(
          'SELECT count(DISTINCT event_id)::int AS n FROM inbox WHERE event_id = ANY($1)',
          [ids],
        )
      )[0].n === ids.length,
    { description: `${ids.length} event(s) consumed`, timeoutMs },
  );
}
