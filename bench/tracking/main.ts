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
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Topics } from '@freight/contracts';
import { KafkaClient, messagingMigrations, namespaced } from '@freight/messaging';
import { createTestDatabase } from '@freight/testing';
import type { Message } from 'kafkajs';
import { DataSource } from 'typeorm';
import { trackingMigrations } from '../../services/tracking/src/tracking.schema';
import type { ConsumerRun } from '../inbox/consumer-process';
import type { Measurement } from '../kafka-baseline/baseline';
import {
  emitResult,
  intFlag,
  nestLogsToStderr,
  parseBenchArgs,
  percentile,
  perSecond,
  progress,
  progressEvery,
  recordRow,
  withInfrastructure,
} from '../lib';
import { ServiceProcess } from './service-process';
import { JOURNEY, seedShipments, stepMessage, waybills } from './workload';

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

      // 2. publish → visible through the gateway, at a steady rate
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

/** Each shipment's five steps, in journey order per waybill, interleaved across waybills. */
async function produceJourneys(
  kafka: KafkaClient,
  topic: string,
  numbers: string[],
  events: number,
) {
  const producer = kafka.producer();
  await producer.connect();
  const report = progressEvery('produced', events);
  const start = Date.now() - 86_400_000;
  try {
    for (let sent = 0; sent < events;) {
      const batch: Message[] = [];
      for (let i = sent; i < Math.min(sent + 2000, events); i++) {
        const stage = Math.floor(i / numbers.length);
        batch.push(
          stepMessage(numbers[i % numbers.length], stage, new Date(start + stage * 3_600_000)),
        );
      }
      await producer.send({ topic, acks: -1, messages: batch });
      sent += batch.length;
      report(sent);
    }
  } finally {
    await producer.disconnect();
  }
}

function rawConsumer(
  brokers: string[],
  topic: string,
  expected: number,
  group: string,
): Promise<Measurement> {
  const run: ConsumerRun = { kind: 'raw', brokers, topic, group, expected };
  const script = path.join(__dirname, '..', 'inbox', 'consumer-process.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(run)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) resolve(JSON.parse(last) as Measurement);
      else reject(new Error(`raw consumer ended with ${code}`));
    });
  });
}

type Admin = Awaited<ReturnType<KafkaClient['adminClient']>>;

/**
 * How fast the service's consumer group drains the topic: from the service being up (its
 * consumers join as it starts) until the group's committed offsets reach the topic's ends;
 * what it had applied by then is left out of the count.
 */
async function drained(admin: Admin, group: string, topic: string): Promise<Measurement> {
  const ends = (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
  const committed = async () => {
    const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  };
  const started = performance.now();
  const before = await committed();
  const report = progressEvery('ingested', ends);
  let last = before;
  let lastMove = Date.now();
  for (;;) {
    const now = await committed();
    report(now);
    if (now >= ends) {
      const elapsedMs = performance.now() - started;
      return { count: now - before, elapsedMs, perSecond: perSecond(now - before, elapsedMs) };
    }
    if (now !== last) [last, lastMove] = [now, Date.now()];
    if (Date.now() - lastMove > 120_000) throw new Error(`ingest stalled at ${now}/${ends}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A steady `rate` of steps for `seconds`: load on waybills of their own, and 20 samples a second,
 * each a first step of a fresh waybill, polled through the gateway every 20 ms until its
 * timeline shows it. The first 3 s warm up and are not counted.
 */
async function visibility(
  dataSource: DataSource,
  kafka: KafkaClient,
  topic: string,
  gatewayUrl: string,
  password: string,
  rate: number,
  seconds: number,
) {
  const load = waybills(300_000_000, 20_000);
  const samples = waybills(400_000_000, 25 * seconds);
  await seedShipments(dataSource, [...load, ...samples], 10);
  const signedIn = await fetch(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hq-service', password }),
  }).then((r) => r.json() as Promise<{ accessToken: string }>);
  const authorization = `Bearer ${signedIn.accessToken}`;
  const producer = kafka.producer();
  await producer.connect();
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const tickMs = 50;
  const perTick = Math.round((rate * tickMs) / 1000);
  const started = performance.now();
  let sent = 0;
  let sampleIndex = 0;
  progress(`publishing ${rate}/s for ${seconds} s, polling the gateway for samples`);
  try {
    for (let tick = 0; performance.now() - started < seconds * 1000; tick++) {
      const due = started + tick * tickMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const sample = samples[sampleIndex++];
      const batch: Message[] = [stepMessage(sample, 0, new Date())];
      for (let i = 0; i < perTick - 1; i++, sent++)
        batch.push(
          stepMessage(load[sent % load.length], Math.floor(sent / load.length), new Date()),
        );
      const publishedAt = performance.now();
      await producer.send({ topic, acks: -1, messages: batch });
      sent++;
      const counted = publishedAt - started > 3000;
      pending.push(
        seen(gatewayUrl, sample, authorization).then((at) => {
          if (counted) latencies.push(Math.round(at - publishedAt));
        }),
      );
    }
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(pending);
    return {
      offered: rate,
      achieved: Math.round(sent / elapsed),
      samples: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
    };
  } finally {
    await producer.disconnect();
  }
}

/** When the sample's timeline first shows its step through the gateway. */
async function seen(gatewayUrl: string, waybillNo: string, authorization: string): Promise<number> {
  const until = performance.now() + 60_000;
  for (;;) {
    const response = await fetch(`${gatewayUrl}/api/v1/shipments/${waybillNo}/timeline`, {
      headers: { authorization },
    });
    if (response.ok && ((await response.json()) as { items: unknown[] }).items.length > 0)
      return performance.now();
    if (performance.now() > until) throw new Error(`${waybillNo} not visible after 60 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
