// npm run bench -- tracking [--quick] [--events N] [--seconds N] [--rate N] [--record]
//
// Issue 22 item 10, side by side in one run:
// 1. ingest: N dispatch events (default 1M: 200k shipments × their 5 steps) on dispatch.tracking,
//    drained by the real tracking service (a child process, as npm start runs it: batches of
//    2000, inbox, timeline rows, status summaries, status-changed events in the outbox, PODs and
//    deadlines on delivery — and its relay and notification consumer running beside) against a
//    raw kafkajs eachBatch consumer of the same messages (its own process; bench/inbox);
// 2. visibility: at a steady RATE events/s (default 5000) for SECONDS, publish → the step seen
//    through the gateway's timeline route (GET /api/v1/shipments/{no}/timeline), p99.
// Progress on stderr; stdout is one JSON line. docs/benchmarks.md is written only with --record.
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import { Topics } from '@freight/contracts';
import { KafkaClient, messagingMigrations, namespaced } from '@freight/messaging';
import { createTestDatabase } from '@freight/testing';
import { DataSource } from 'typeorm';
import { trackingMigrations } from '../../services/tracking/src/tracking.schema';
import {
  emitResult,
  intFlag,
  nestLogsToStderr,
  parseBenchArgs,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import { drained, produceJourneys, rawConsumer } from './ingest';
import { ServiceProcess } from './service-process';
import { visibility } from './visibility';
import { JOURNEY, seedShipments, waybills } from './workload';

const BENCH = 'tracking';
const INTRO =
  'Issue 22: the tracking service (a child process as npm start runs it) drains N dispatch events ' +
  '(200k shipments × 5 steps by default, 1 in 10 asking for a POD, their customer asking for no ' +
  'notifications) from dispatch.tracking into ' +
  'timelines — inbox, timeline rows, status summaries, status-changed events and deadlines in its ' +
  'outbox, its relay and notification consumer running beside — against a raw kafkajs eachBatch ' +
  'consumer of the same messages in its own process. Then, at a steady 5k events/s, how long a ' +
  'step takes from publish to visible through the gateway’s timeline route (p99).';

async function main() {
  const args = parseBenchArgs();
  const events = intFlag(args, 'events', args.quick ? 100_000 : 1_000_000);
  const seconds = intFlag(args, 'seconds', args.quick ? 10 : 30);
  const rate = intFlag(args, 'rate', 5000);
  const record = process.argv.includes('--record');
  const loadAverage = os.loadavg()[0].toFixed(2);
  nestLogsToStderr();

  const result = await withInfrastructure(async (infrastructure) => {
    const run = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const namespace = `bench-${run}`;
    const topic = namespaced(namespace, Topics.dispatchTracking);
    const kafka = new KafkaClient({
      brokers: infrastructure.kafkaBrokers,
      clientId: 'bench-tracking',
    });
    const admin = await kafka.adminClient();
    const trackingDb = await createTestDatabase('bench_tracking');
    const gatewayDb = await createTestDatabase('bench_gateway');
    const dataSource = new DataSource({
      type: 'postgres',
      url: trackingDb.url,
      migrations: [...messagingMigrations, ...trackingMigrations],
    });
    const services: ServiceProcess[] = [];
    const env = {
      DATABASE_URL: infrastructure.databaseUrl,
      KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
      KAFKA_NAMESPACE: namespace,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
    };
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await kafka.ensureTopics([{ topic, numPartitions: 12 }]);

      // 1. ingest against raw
      const shipments = Math.ceil(events / JOURNEY.length);
      const loaded = waybills(100_000_000, shipments);
      progress(`seeding ${shipments.toLocaleString('en-US')} shipments`);
      await seedShipments(dataSource, loaded, 10);
      // the bench customer asked for no notifications: the figure is the dispatch ingest's
      await dataSource.query(
        `INSERT INTO customer_preference (customer_id, branch, notify_statuses, pod_return, updated_at)
         VALUES ('CUST-SH-0001', 'SH01', '{}', 'return', now())`,
      );
      await dataSource.query('VACUUM ANALYZE shipment');
      await produceJourneys(kafka, topic, loaded, events);
      const raw = await rawConsumer(
        infrastructure.kafkaBrokers,
        topic,
        events,
        `bench.tracking-raw.${run}`,
      );
      progress(`raw kafkajs eachBatch: ${raw.perSecond.toLocaleString('en-US')} msg/s`);
      const tracking = await ServiceProcess.start('tracking', {
        ...env,
        DATABASE_NAME: trackingDb.name,
      });
      services.push(tracking);
      const ingest = await drained(admin, namespaced(namespace, 'tracking.dispatch'), topic);
      progress(`tracking ingest: ${ingest.perSecond.toLocaleString('en-US')} events/s`);
      const [{ steps }] = await dataSource.query(
        'SELECT count(*)::int AS steps FROM tracking_step',
      );
      if (steps !== events) throw new Error(`expected ${events} timeline steps, found ${steps}`);

      // 2. publish → visible through the gateway, at a steady rate — once the service is steady:
      // its relay has published the burst's events (a real service's relay runs beside ingest)
      await relayCaughtUp(dataSource);
      const password = `bench-${randomBytes(6).toString('hex')}`;
      const gateway = await ServiceProcess.start('gateway', {
        ...env,
        DATABASE_NAME: gatewayDb.name,
        TRACKING_URL: tracking.url,
        DEMO_DATA: 'true',
        DEMO_PASSWORD: password,
        JWT_SECRET: `bench-${randomBytes(24).toString('hex')}`,
        RATE_LIMIT_PER_IP: '10000000',
        RATE_LIMIT_PER_USER: '10000000',
      });
      services.push(gateway);
      const visible = await visibility(
        dataSource,
        kafka,
        topic,
        gateway.url,
        password,
        rate,
        seconds,
      );
      return { raw, ingest, visible, source: infrastructure.source };
    } finally {
      for (const service of services.reverse()) await service.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await trackingDb.drop().catch((e: Error) => progress(`drop: ${e.message}`));
      await gatewayDb.drop().catch((e: Error) => progress(`drop: ${e.message}`));
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
      await admin
        .deleteTopics({ topics })
        .catch((e: Error) => progress(`delete topics: ${e.message}`));
      await kafka.disconnect();
    }
  });

  const { raw, ingest, visible } = result;
  const ratio = Math.round((ingest.perSecond / raw.perSecond) * 100) / 100;
  process.stderr.write(
    `${BENCH}: ingest ${ingest.perSecond.toLocaleString('en-US')}/s vs raw ${raw.perSecond.toLocaleString('en-US')}/s, ` +
      `ratio ${ratio} (target ≥ 0.4: ${ingest.perSecond >= 0.4 * raw.perSecond ? 'met' : 'MISSED'}); ` +
      `at ${visible.offered}/s offered (${visible.achieved}/s sent) publish → visible p50 ${visible.p50} ms, ` +
      `p99 ${visible.p99} ms (target < 1000: ${visible.p99 < 1000 ? 'met' : 'MISSED'}), max ${visible.max} ms, ` +
      `${visible.samples} samples; ${events.toLocaleString('en-US')} events · load average ${loadAverage} (${result.source})\n`,
  );
  if (record) {
    const file = await recordRow(
      BENCH,
      {
        events,
        'ingest/s': ingest.perSecond,
        'raw eachBatch/s': raw.perSecond,
        ratio,
        'visible p50 ms': visible.p50,
        'visible p99 ms': visible.p99,
        'at events/s': visible.achieved,
        'load avg': loadAverage,
        infrastructure: result.source,
      },
      INTRO,
    );
    progress(`recorded in ${file}`);
  }
  emitResult(BENCH, {
    ingest_per_s: ingest.perSecond,
    raw_per_s: raw.perSecond,
    ratio,
    visible_p99_ms_at_5k: visible.p99,
  });
}

/** Waits until the service's outbox relay has published everything the ingest wrote. */
async function relayCaughtUp(dataSource: DataSource) {
  const started = Date.now();
  for (;;) {
    const [{ waiting }] = await dataSource.query(
      'SELECT count(*)::int AS waiting FROM outbox WHERE published_at IS NULL',
    );
    if (waiting === 0) break;
    if (Date.now() - started > 900_000)
      throw new Error(`the relay still has ${waiting} events to publish`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  progress(`relay caught up ${((Date.now() - started) / 1000).toFixed(1)} s after the ingest`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
