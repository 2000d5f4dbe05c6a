import {
  createTestDatabase,
  TestDatabase,
  testKafkaBrokers,
  uniqueTopic,
  waitFor,
} from '@freight/testing';
import {
  KafkaClient,
  OutboxNeedsTransactionError,
  OutboxRelay,
  OutboxWriter,
  OutgoingEvent,
} from '@freight/messaging';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ZodError } from 'zod';
import { HOOK_TIMEOUT_MS } from './conformance/support/conformance-world';
import {
  openParcelDatabase,
  PARCEL_SCANNED,
  parcelScanRegistry,
} from './conformance/support/parcel-scans';

describe('the outbox: events leave only after the state change commits', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let kafka: KafkaClient;
  let writer: OutboxWriter<OutgoingEvent>;
  let relay: OutboxRelay;
  const metrics = new Registry();
  const topic = uniqueTopic('messaging.outbox');
  const scan = (seq: number) => ({ type: PARCEL_SCANNED, data: { parcelId: 'P-1', seq } });
  const outboxRows = async () =>
    (await dataSource.query(
      `SELECT topic, key, envelope, published_at FROM outbox ORDER BY id`,
    )) as {
      topic: string;
      key: string;
      envelope: Record<string, unknown>;
      published_at: Date | null;
    }[];

  beforeAll(async () => {
    database = await createTestDatabase('messaging_outbox');
    dataSource = await openParcelDatabase(database.url);
    kafka = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'outbox-int' });
    await kafka.ensureTopics([{ topic }]);
    writer = new OutboxWriter<OutgoingEvent>({
      service: 'tracking',
      registry: parcelScanRegistry(topic),
    });
    relay = new OutboxRelay({ dataSource, kafka, metricsRegistry: metrics, retentionMs: 0 });
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await relay.stop();
    await kafka.disconnect();
    await dataSource.destroy();
    await database.drop();
  }, HOOK_TIMEOUT_MS);

  beforeEach(() => dataSource.query(`DELETE FROM outbox`));

  it("refuses to write outside the caller's transaction", async () => {
    await expect(writer.append(dataSource.manager, scan(1))).rejects.toThrow(
      OutboxNeedsTransactionError,
    );
  });

  it('rejects data that breaks the contract, before anything is written', async () => {
    const invalid = dataSource.transaction((manager) =>
      writer.append(manager, { type: PARCEL_SCANNED, data: { parcelId: 'P-1' } }),
    );
    await expect(invalid).rejects.toThrow(ZodError);
    expect(await outboxRows()).toEqual([]);
  });

  it('keeps nothing of a transaction that rolled back', async () => {
    const failing = dataSource.transaction(async (manager) => {
      await writer.append(manager, scan(1));
      throw new Error('the quote was already answered');
    });
    await expect(failing).rejects.toThrow('the quote was already answered');
    expect(await outboxRows()).toEqual([]);
  });

  it('writes a CloudEvents envelope keyed by the contract, published only after commit', async () => {
    let relayedWhileOpen = -1;
    await dataSource.transaction(async (manager) => {
      await writer.append(manager, scan(1));
      relayedWhileOpen = await relay.relayBatch();
    });
    expect(relayedWhileOpen).toBe(0);
    const [row] = await outboxRows();
    expect(row).toMatchObject({ topic, key: 'P-1', published_at: null });
    expect(row.envelope).toMatchObject({
      specversion: '1.0',
      source: '/freight/tracking',
      type: PARCEL_SCANNED,
      subject: 'P-1',
      dataversion: '1',
    });

    expect(await relay.relayBatch()).toBe(1);
    expect((await outboxRows())[0].published_at).toEqual(expect.any(Date));
  });

  it('reports its lag, relays on notification, and prunes published rows after the retention', async () => {
    await dataSource.transaction((manager) => writer.append(manager, [scan(1), scan(2)]));
    expect(await metricValue('outbox_relay_lag_seconds')).toBeGreaterThan(0);

    await relay.start();
    await waitFor(async () => (await outboxRows()).every((r) => r.published_at), {
      description: 'rows published',
    });
    expect(await metricValue('outbox_relay_lag_seconds')).toBe(0);
    expect(await metricValue('outbox_relay_published_total')).toBeGreaterThanOrEqual(2);

    await relay.pruneOnce();
    expect(await outboxRows()).toEqual([]);
  });

  it('listens again when its LISTEN connection is killed, and relays on', async () => {
    await relay.start(); // a no-op when the test above started it
    const listeners = async () =>
      (
        (await dataSource.query(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND query = 'LISTEN outbox_appended'`,
        )) as { pid: number }[]
      ).map((r) => r.pid);
    const [before] = await waitFor(
      async () => {
        const pids = await listeners();
        return pids.length === 1 && pids;
      },
      { description: 'the relay listening' },
    );
    await dataSource.query('SELECT pg_terminate_backend($1)', [before]);
    await waitFor(
      async () => {
        const pids = await listeners();
        return pids.length === 1 && pids[0] !== before;
      },
      { description: 'the relay listening again on a new connection' },
    );
    await dataSource.transaction((manager) => writer.append(manager, [scan(3)]));
    await waitFor(async () => (await outboxRows()).every((r) => r.published_at), {
      description: 'the new row published',
    });
  });

  async function metricValue(name: string): Promise<number> {
    const metric = await metrics.getSingleMetric(name)!.get();
    return metric.values.reduce((sum, v) => sum + v.value, 0);
  }
});
