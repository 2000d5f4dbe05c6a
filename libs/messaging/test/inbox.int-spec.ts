import { isInboxCopy, recordAllNewInInbox, recordInInbox } from '@freight/messaging';
import { createTestDatabase, TestDatabase, waitFor } from '@freight/testing';
import type { DataSource } from 'typeorm';
import { openMessagingDatabase } from './conformance/support/messaging-database';

const group = 'tracking.timeline';
/** The error a promise fails with (undefined when it succeeds). */
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('the inbox (recordInInbox) on Postgres', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const recorded = async () =>
    (
      (await dataSource.query(
        `SELECT event_id FROM inbox WHERE consumer_group = $1 ORDER BY event_id`,
        [group],
      )) as { event_id: string }[]
    ).map((r) => r.event_id);

  beforeAll(async () => {
    database = await createTestDatabase('messaging_inbox');
    dataSource = await openMessagingDatabase(database.url);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => dataSource.query('TRUNCATE inbox'));

  it('records new events and reports none as seen before', async () => {
    const seen = await dataSource.transaction((manager) =>
      recordInInbox(manager, group, ['ev-1', 'ev-2', 'ev-3']),
    );
    expect([...seen]).toEqual([]);
    expect(await recorded()).toEqual(['ev-1', 'ev-2', 'ev-3']);
  });

  it('reports the events recorded before, records the others, and the transaction goes on', async () => {
    await dataSource.transaction((manager) => recordInInbox(manager, group, ['ev-1', 'ev-3']));
    const seen = await dataSource.transaction(async (manager) => {
      const seenBefore = await recordInInbox(manager, group, ['ev-1', 'ev-2', 'ev-3', 'ev-4']);
      // The failed first attempt must not have aborted the caller's transaction.
      await manager.query(`INSERT INTO inbox (consumer_group, event_id) VALUES ('other', 'ev-x')`);
      return seenBefore;
    });
    expect([...seen].sort()).toEqual(['ev-1', 'ev-3']);
    expect(await recorded()).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4']);
    const [other] = await dataSource.query(
      `SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'other'`,
    );
    expect(other.n).toBe(1);
  });

  it('records events all new with one plain insert; one recorded before refuses the whole call', async () => {
    await dataSource.transaction((manager) =>
      recordAllNewInInbox(manager, group, ['ev-1', 'ev-2']),
    );
    expect(await recorded()).toEqual(['ev-1', 'ev-2']);
    const refused = await failureOf(
      dataSource.transaction((manager) => recordAllNewInInbox(manager, group, ['ev-3', 'ev-2'])),
    );
    expect(isInboxCopy(refused)).toBe(true);
    expect(await recorded()).toEqual(['ev-1', 'ev-2']);
  });

  it('refuses a copy within one call, and tells an inbox copy from other unique violations', async () => {
    const copy = await failureOf(
      dataSource.transaction((manager) => recordAllNewInInbox(manager, group, ['ev-1', 'ev-1'])),
    );
    expect(isInboxCopy(copy)).toBe(true);
    expect(await recorded()).toEqual([]);
    await dataSource.query('CREATE TABLE IF NOT EXISTS other_keys (id text PRIMARY KEY)');
    const other = await failureOf(dataSource.query(`INSERT INTO other_keys VALUES ('k'), ('k')`));
    expect((other as { code?: string }).code).toBe('23505');
    expect(isInboxCopy(other)).toBe(false);
  });

  it('keeps groups apart: an event one group processed is new to another', async () => {
    await dataSource.transaction((manager) => recordInInbox(manager, 'billing.ledger', ['ev-1']));
    const seen = await dataSource.transaction((manager) => recordInInbox(manager, group, ['ev-1']));
    expect([...seen]).toEqual([]);
  });

  it('waits for a concurrent delivery of the same event and then reports it seen', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await recordInInbox(runner.manager, group, ['ev-1']);
      // The second delivery blocks on the first's uncommitted row…
      const second = dataSource.transaction((manager) =>
        recordInInbox(manager, group, ['ev-1', 'ev-2']),
      );
      await waitFor(
        async () => {
          const [{ waiting }] = await dataSource.query(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return waiting === 1;
        },
        { description: 'the second delivery waiting on the first one’s row' },
      );
      // …and once the first commits, skips the event rather than applying it twice.
      await runner.commitTransaction();
      expect([...(await second)]).toEqual(['ev-1']);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await recorded()).toEqual(['ev-1', 'ev-2']);
  });

  it('keys compare byte by byte (collation "C"), whatever the database default', async () => {
    const columns = await dataSource.query(
      `SELECT column_name, collation_name FROM information_schema.columns
       WHERE table_name = 'inbox' AND column_name IN ('consumer_group', 'event_id') ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: 'consumer_group', collation_name: 'C' },
      { column_name: 'event_id', collation_name: 'C' },
    ]);
  });
});
