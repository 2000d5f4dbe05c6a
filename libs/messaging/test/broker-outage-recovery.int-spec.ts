import { join } from 'node:path';
import {
  EventConsumer,
  KafkaClient,
  MessagingLogger,
  OutboxRelay,
  OutboxWriter,
} from '@freight/messaging';
import {
  createTestDatabase,
  TestDatabase,
  uniqueGroup,
  uniqueTopic,
  waitFor,
} from '@freight/testing';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ensureKafka, stopKafka } from '../../../deploy/local/kafka';
import {
  effectSummary,
  openParcelDatabase,
  parcelScanRegistry,
  recordScans,
  writeScans,
} from './conformance/support/parcel-scans';

// Issue 19: with the broker SIGKILLed while events were written, publishing resumed 8–23 s after
// it came back (one kafkajs send spanned the outage) and nothing said the relay was failing.
// A broker of this file's own, on ports of its own: killing it disturbs no other test.
const outageBroker = {
  port: 29192,
  controllerPort: 29193,
  stateDir: join(__dirname, '../../../.local/outage-recovery-kafka'),
  log: () => undefined,
};
const OUTAGE_MS = 15_000;

class RecordingLogger implements MessagingLogger {
  readonly lines: string[] = [];
  log = (message: string) => void this.lines.push(message);
  warn = (message: string) => void this.lines.push(message);
  error = (message: string) => void this.lines.push(message);
}

async function metric(registry: Registry, name: string): Promise<number> {
  const [found] = (await registry.getMetricsAsJSON()).filter((m) => m.name === name);
  return Number(found?.values[0]?.value ?? NaN);
}

describe('outbox relay and consumer across a broker SIGKILL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let kafka: KafkaClient;
  let relay: OutboxRelay | undefined;
  let consumer: EventConsumer | undefined;

  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await kafka?.disconnect();
    await dataSource?.destroy();
    await database?.drop();
    await stopKafka({ stateDir: outageBroker.stateDir, log: outageBroker.log, ephemeral: true });
  }, 60_000);

  it(`reports the outage once, and publishes again within 5 s of the broker's return after ${OUTAGE_MS / 1000} s down`, async () => {
    const broker = await ensureKafka({ ...outageBroker, ephemeral: true });
    database = await createTestDatabase('outage_recovery');
    dataSource = await openParcelDatabase(database.url);
    kafka = new KafkaClient({ brokers: broker.brokers, clientId: 'outage-recovery' });
    const topic = uniqueTopic('outage.recovery');
    await kafka.ensureTopics([{ topic, numPartitions: 3 }]);
    const registry = parcelScanRegistry(topic);
    const writer = new OutboxWriter({ service: 'outage', registry });
    const metrics = new Registry();
    const logger = new RecordingLogger();
    relay = new OutboxRelay({
      dataSource,
      kafka,
      metricsRegistry: metrics,
      logger,
      pollIntervalMs: 200,
    });
    await relay.start();
    consumer = new EventConsumer({
      kafka,
      group: uniqueGroup('outage.recovery'),
      dataSource,
      registry,
      logger: new RecordingLogger(),
      batchRoutes: [
        {
          topic,
          type: 'conformance.parcel.scanned',
          handleBatch: (events, { manager }) => recordScans(events, manager),
        },
      ],
    });
    await consumer.start();

    let written = 0;
    let writing = true;
    const writes = (async () => {
      while (writing) {
        await writeScans(dataSource, writer, [
          { parcelId: `P-${written % 5}`, seq: Math.floor(written / 5) + 1 },
        ]);
        written++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await waitFor(
      async () => (await effectSummary(dataSource)).events >= 20 && consumer!.isJoined,
      {
        timeoutMs: 60_000,
        description: 'events flowing before the outage',
      },
    );
    expect(await metric(metrics, 'outbox_relay_failures_total')).toBe(0);

    process.kill(broker.pid!, 'SIGKILL');
    // The outage itself is the scenario: the broker stays dead this long while writes go on.
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    expect(await metric(metrics, 'outbox_relay_failures_total')).toBeGreaterThan(0);
    expect(await metric(metrics, 'outbox_relay_failing')).toBe(1);
    expect(consumer.isJoined).toBe(false);

    await ensureKafka(outageBroker);
    const [{ back }] = await dataSource.query('SELECT now() AS back');
    const unpublishedFromBefore = async () => {
      const [row] = await dataSource.query(
        'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND created_at < $1',
        [back],
      );
      return row.n as number;
    };
    expect(await unpublishedFromBefore()).toBeGreaterThan(0);
    await waitFor(async () => (await unpublishedFromBefore()) === 0, {
      timeoutMs: 5_000,
      description:
        'every event written during the outage published within 5 s of the broker’s return',
    });
    expect(await metric(metrics, 'outbox_relay_failing')).toBe(0);

    writing = false;
    await writes;
    await waitFor(
      async () => (await effectSummary(dataSource)).events === written && consumer!.isJoined,
      {
        timeoutMs: 60_000,
        description: `all ${written} scans applied once the consumer rejoined`,
      },
    );
    expect(await effectSummary(dataSource)).toEqual({ effects: written, events: written });
    // one line when publishing started to fail, one when it worked again: not one per pass
    expect(logger.lines.filter((l) => l.includes('publishing fails'))).toHaveLength(1);
    expect(logger.lines.filter((l) => l.includes('publishing again'))).toHaveLength(1);
    expect(logger.lines).toHaveLength(2);
  }, 240_000);
});
