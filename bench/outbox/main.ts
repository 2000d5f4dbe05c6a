// npm run bench -- outbox [--quick] [--seconds N] [--step-seconds N] [--baseline-messages N] [--no-record]
//
// Commit → Kafka latency of the transactional outbox at a paced 1000 events/s, and the highest
// offered rate one relay keeps up with (its backlog not growing over a step), side by side with
// the raw kafkajs produce baseline in the same run.
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { ContractRegistry, dispatchTrackingRecordedV1, EventData } from '@freight/contracts';
import {
  KafkaClient,
  messagingMigrations,
  OutboxRelay,
  OutboxWriter,
  OutgoingEvent,
} from '@freight/messaging';
import { createTestDatabase } from '@freight/testing';
import type { Consumer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { baselineKafka, measureProduce } from '../kafka-baseline/baseline';
import {
  emitResult,
  intFlag,
  nestLogsToStderr,
  parseBenchArgs,
  percentile,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';

const BENCH = 'outbox';
const INTRO =
  'The transactional outbox end to end: one `OutboxRelay` (defaults: batch 200, LISTEN/NOTIFY ' +
  'wake-up, 1 s poll backstop) on a fresh database, events of a registered type written one per ' +
  'transaction through `OutboxWriter.append`. Latency is commit → seen by a raw kafkajs consumer ' +
  '(ack = commit → Kafka acknowledged the batch, from the relay’s `afterSend` hook) at a paced ' +
  '1000 events/s; max sustained is the highest commit rate reached in a step (offered 1000, ' +
  '1500, 2000, 3000 … events/s by 16+ writers, one event per transaction up to 2000/s and ' +
  '⌈rate/2000⌉ above; when the writers cannot commit a step’s transactions while the relay keeps ' +
  'up, that step and the next ones are offered in larger transactions) whose backlog stayed below half a ' +
  'second of events at the end of a step; relay drain is how fast the relay alone empties a ' +
  'backlog committed 500 events per transaction. Baseline: raw kafkajs idempotent produce, 1 KB, ' +
  'sendBatch of 1000, in the same run.';

const RATE = 1000;
const KEYS = 1000;
const STEP_RATES = [1000, 1500, 2000, 3000, 4000, 6000, 8000, 12_000, 16_000];
/** steps up to this rate write one event per transaction; faster ones ⌈rate / this⌉ */
const SINGLE_EVENT_COMMITS_PER_S = 2000;
const RELAY_BATCH = 200; // OutboxRelay's default, as services run it

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round1 = (n: number) => Math.round(n * 10) / 10;

function trackingEvent(i: number): EventData<'dispatch.tracking.recorded'> {
  return {
    waybillNo: `SH2026${String(i % KEYS).padStart(8, '0')}`,
    status: 'departed',
    occurredAt: new Date().toISOString(),
    place: { code: 'HUB-WH01', name: 'Wuhan hub' },
    vehicle: { plate: 'HA-12345' },
  };
}

type OnCommit = (eventId: string, at: number) => void;

interface PacedRun {
  committed: number;
  elapsedMs: number;
  achievedPerSecond: number;
}

/**
 * Writes `rate` events/s for `durationMs`, `perTransaction` events in each transaction, from
 * `concurrency` writers sharing the pool. Event i is due at start + i/rate and a transaction goes
 * when its last event is due; a writer behind schedule goes at once (the achieved rate then shows
 * the writers, not the relay, were the limit).
 */
async function writePaced(
  dataSource: DataSource,
  writer: OutboxWriter<OutgoingEvent>,
  rate: number,
  durationMs: number,
  concurrency: number,
  { perTransaction = 1, onCommit }: { perTransaction?: number; onCommit?: OnCommit } = {},
): Promise<PacedRun> {
  const total = Math.round((rate * durationMs) / 1000);
  const start = performance.now() + 20;
  let next = 0;
  let committed = 0;
  const work = async () => {
    for (let i = next; i < total; i = next) {
      const end = Math.min(total, i + perTransaction);
      next = end; // claimed: events i … end - 1
      const wait = start + ((end - 1) * 1000) / rate - performance.now();
      if (wait >= 1) await sleep(wait);
      const events = Array.from({ length: end - i }, (_, k) => ({
        type: 'dispatch.tracking.recorded' as const,
        data: trackingEvent(i + k),
      }));
      const envelopes = await dataSource.transaction((manager) => writer.append(manager, events));
      const at = performance.now();
      for (const envelope of envelopes) onCommit?.(envelope.id, at);
      committed += envelopes.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, work));
  const elapsedMs = performance.now() - start;
  return {
    committed,
    elapsedMs,
    achievedPerSecond: Math.round(committed / (elapsedMs / 1000)),
  };
}

async function unpublished(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL',
  );
  return Number(row.n);
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** A raw kafkajs consumer that notes when it first sees each event id (header ce-id). */
async function startWatcher(brokers: string[], topic: string, groupId: string) {
  const seen = new Map<string, number>();
  const consumer: Consumer = baselineKafka(brokers).consumer({ groupId });
  const joined = new Promise<void>((resolve) =>
    consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
  );
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      const now = performance.now();
      for (const message of batch.messages) {
        const id = message.headers?.['ce-id']?.toString();
        if (id && !seen.has(id)) seen.set(id, now);
      }
    },
  });
  await joined;
  return { seen, consumer };
}

interface Step {
  offered: number;
  achieved: number;
  backlogEnd: number;
  backlogMax: number;
  sustained: boolean;
  offeredInFull: boolean;
  /** events in each of the step's transactions */
  perTransaction: number;
}

async function runStep(
  dataSource: DataSource,
  writer: OutboxWriter<OutgoingEvent>,
  rate: number,
  stepMs: number,
  commitsPerSecond: number,
): Promise<Step> {
  await waitFor(
    'the backlog to drain before the step',
    async () => (await unpublished(dataSource)) === 0,
    60_000,
  );
  // Above `commitsPerSecond` several events share a transaction, as a service's business
  // transactions often do: on a 2-core machine Postgres commits only 1.5–3k single-event
  // transactions a second (with the broker and relay beside it), and the step must measure the
  // relay, not that.
  const perTransaction = Math.ceil(rate / commitsPerSecond);
  // enough writers that they, not their commit latency, offer the rate (about 100 commits/s each)
  const concurrency = Math.min(48, Math.max(16, Math.ceil(rate / perTransaction / 100)));
  const samples: number[] = [];
  let writing = true;
  const sampler = (async () => {
    while (writing) {
      await sleep(1000);
      if (writing) samples.push(await unpublished(dataSource));
    }
  })();
  const run = await writePaced(dataSource, writer, rate, stepMs, concurrency, { perTransaction });
  writing = false;
  await sampler;
  const backlogEnd = await unpublished(dataSource);
  const allowed = Math.max(2 * RELAY_BATCH, rate / 2);
  // The relay kept up with what was committed; whether the writers could offer `rate` is apart.
  const sustained = backlogEnd <= allowed;
  const offeredInFull = run.achievedPerSecond >= 0.95 * rate;
  progress(
    `step ${rate}/s (${concurrency} writers): committed ${run.achievedPerSecond}/s, backlog ` +
      `each second [${samples.join(', ')}] → ${backlogEnd} at the end (allowed ${allowed}): ` +
      `${sustained ? 'relay kept up' : 'backlog GREW'}` +
      `${offeredInFull ? '' : ' — the writers could not commit the offered rate'}`,
  );
  return {
    offered: rate,
    achieved: run.achievedPerSecond,
    backlogEnd,
    backlogMax: Math.max(backlogEnd, ...samples),
    sustained,
    offeredInFull,
    perTransaction,
  };
}

/**
 * The relay alone: commits `events` in transactions of 500 (far faster than one event per
 * transaction), and times from the first commit until nothing is left unpublished.
 */
async function measureDrain(
  dataSource: DataSource,
  writer: OutboxWriter<OutgoingEvent>,
  events: number,
) {
  await waitFor('the backlog to drain', async () => (await unpublished(dataSource)) === 0, 60_000);
  const started = performance.now();
  for (let i = 0; i < events; i += 500)
    await dataSource.transaction((manager) =>
      writer.append(
        manager,
        Array.from({ length: Math.min(500, events - i) }, (_, j) => ({
          type: 'dispatch.tracking.recorded',
          data: trackingEvent(i + j),
        })),
      ),
    );
  const written = performance.now() - started;
  await waitFor('the relay to drain', async () => (await unpublished(dataSource)) === 0, 120_000);
  const elapsed = performance.now() - started;
  const perSecond = Math.round(events / (elapsed / 1000));
  progress(
    `relay drain: ${events} events committed in ${Math.round(written)} ms (transactions of 500), ` +
      `all published after ${Math.round(elapsed)} ms: ${perSecond}/s`,
  );
  return perSecond;
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const seconds = intFlag(args, 'seconds', args.quick ? 8 : 20);
  const stepSeconds = intFlag(args, 'step-seconds', args.quick ? 4 : 10);
  const baselineMessages = intFlag(args, 'baseline-messages', args.quick ? 30_000 : 100_000);
  const loadAverage = os.loadavg()[0].toFixed(2);
  nestLogsToStderr();
  progress(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const outcome = await withInfrastructure(async (infrastructure) => {
    process.env.DATABASE_URL = infrastructure.databaseUrl;
    const brokers = infrastructure.kafkaBrokers;
    const run = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const topic = `bench.outbox.${run}`;
    const baselineTopic = `bench.outbox-baseline.${run}`;
    const group = `bench.outbox-watch.${run}`;
    const kafka = new KafkaClient({ brokers, clientId: 'bench-outbox' });
    const admin = await kafka.adminClient();
    await kafka.ensureTopics([
      { topic, numPartitions: 6 },
      { topic: baselineTopic, numPartitions: 6 },
    ]);

    const database = await createTestDatabase('bench_outbox');
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: messagingMigrations,
      poolSize: 56,
    });
    let relay: OutboxRelay | undefined;
    let watcher: Consumer | undefined;
    try {
      // The raw produce baseline first, on its own topic, before anything else runs.
      progress(`baseline: producing ${baselineMessages.toLocaleString('en-US')} × 1 KB`);
      const baseline = await measureProduce(baselineKafka(brokers), baselineTopic, {
        messages: baselineMessages,
      });
      progress(`baseline produce: ${baseline.perSecond.toLocaleString('en-US')} msg/s`);

      await dataSource.initialize();
      await dataSource.runMigrations();
      const registry = new ContractRegistry([{ ...dispatchTrackingRecordedV1, topic }]);
      const writer = new OutboxWriter<OutgoingEvent>({ service: 'bench', registry });
      const acked = new Map<string, number>();
      relay = new OutboxRelay({
        dataSource,
        kafka,
        afterSend: (ids) => {
          const now = performance.now();
          for (const id of ids) acked.set(id, now);
        },
      });
      await relay.start();
      const started = await startWatcher(brokers, topic, group);
      watcher = started.consumer;
      const seen = started.seen;

      // Warm-up: the relay's producer connects on its first pass, the watcher fetches its offsets.
      await writePaced(dataSource, writer, 100, 500, 2);
      await waitFor('the warm-up events', () => seen.size >= 50, 30_000);
      await sleep(500);

      progress(`latency: ${RATE}/s for ${seconds} s, one transaction per event`);
      const committedAt = new Map<string, number>();
      const paced = await writePaced(dataSource, writer, RATE, seconds * 1000, 16, {
        onCommit: (id, at) => committedAt.set(id, at),
      });
      progress(
        `committed ${paced.committed} at ${paced.achievedPerSecond}/s; waiting for the consumer`,
      );
      await waitFor(
        'every event at the consumer',
        () => [...committedAt.keys()].every((id) => seen.has(id)),
        60_000,
      );
      const latencies: number[] = [];
      const ackLatencies: number[] = [];
      for (const [id, at] of committedAt) {
        latencies.push(seen.get(id)! - at);
        const ack = acked.get(id);
        if (ack !== undefined) ackLatencies.push(ack - at);
      }
      const latency = {
        p50: round1(percentile(latencies, 50)),
        p99: round1(percentile(latencies, 99)),
        max: round1(percentile(latencies, 100)),
        ackP50: round1(percentile(ackLatencies, 50)),
        ackP99: round1(percentile(ackLatencies, 99)),
        committedPerSecond: paced.achievedPerSecond,
        events: paced.committed,
      };
      progress(
        `latency commit → consumer p50 ${latency.p50} ms, p99 ${latency.p99} ms, max ${latency.max} ms; ` +
          `commit → ack p50 ${latency.ackP50} ms, p99 ${latency.ackP99} ms`,
      );
      await watcher.disconnect();
      watcher = undefined;

      progress(`max sustained: steps of ${stepSeconds} s from ${STEP_RATES[0]}/s`);
      const steps: Step[] = [];
      let commitsPerSecond = SINGLE_EVENT_COMMITS_PER_S;
      let lowered = false; // once: a second shortfall is the writers' limit, reported as such
      for (let i = 0; i < STEP_RATES.length;) {
        const step = await runStep(
          dataSource,
          writer,
          STEP_RATES[i],
          stepSeconds * 1000,
          commitsPerSecond,
        );
        steps.push(step);
        if (!step.sustained) break;
        if (step.offeredInFull) {
          i++;
          continue;
        }
        // The relay kept up, but the writers could not commit that many transactions: offer
        // the rate again in fewer, larger ones, so that the steps go on measuring the relay.
        const reached = Math.floor((0.8 * step.achieved) / step.perTransaction);
        if (reached >= commitsPerSecond || lowered) break;
        commitsPerSecond = reached;
        lowered = true;
        progress(`the writers' limit: from now on ${commitsPerSecond} transactions/s at most`);
      }
      // The step that ended the ladder: the relay fell behind, or the writers could not offer it.
      const failed =
        steps.at(-1)?.sustained && steps.at(-1)?.offeredInFull ? undefined : steps.at(-1);
      // One bisection between the last sustained and the failed rate, if they are far apart.
      const passed = steps.filter((s) => s.sustained && s.offeredInFull);
      const last = passed[passed.length - 1];
      if (failed && last && failed.offered - last.offered > 1000) {
        const middle = Math.round((failed.offered + last.offered) / 2 / 500) * 500;
        steps.push(await runStep(dataSource, writer, middle, stepSeconds * 1000, commitsPerSecond));
      }
      // The highest commit rate achieved in a step whose backlog did not grow.
      const sustained = steps.filter((s) => s.sustained).map((s) => s.achieved);
      const drainPerSecond = await measureDrain(dataSource, writer, stepSeconds * 2000);
      const maxSustained = sustained.length ? Math.max(...sustained) : 0;
      return {
        latency,
        maxSustained,
        firstFailed: failed,
        steps,
        baseline,
        drainPerSecond,
        source: infrastructure.source,
      };
    } finally {
      await watcher?.disconnect().catch(() => undefined);
      await relay?.stop().catch((err: Error) => progress(`relay stop: ${err.message}`));
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop().catch((err: Error) => progress(`drop database: ${err.message}`));
      await admin
        .deleteGroups([group])
        .catch((err: Error) => progress(`could not delete group: ${err.message}`));
      await admin
        .deleteTopics({ topics: [topic, baselineTopic] })
        .catch((err: Error) => progress(`could not delete topics: ${err.message}`));
      await kafka.disconnect();
    }
  });

  const { latency, maxSustained, firstFailed, baseline, drainPerSecond, source } = outcome;
  const limit = firstFailed
    ? `offered ${firstFailed.offered}/s: committed ${firstFailed.achieved}/s, backlog ${firstFailed.backlogEnd} ` +
      `(${firstFailed.sustained ? 'writers' : 'relay'} the limit)`
    : `none up to ${STEP_RATES[STEP_RATES.length - 1]}/s`;
  // the figure is commit → Kafka ack; commit → a consumer seeing it is reported beside it
  const p99Met = latency.ackP99 <= 100;
  const rateMet = maxSustained >= 3000;
  process.stderr.write(
    `${BENCH}: commit → Kafka ack p50 ${latency.ackP50} ms, p99 ${latency.ackP99} ms at ${RATE}/s ` +
      `(target p99 ≤ 100 ms: ${p99Met ? 'met' : 'MISSED'}); commit → consumer p50 ${latency.p50} ms, ` +
      `p99 ${latency.p99} ms; max sustained ${maxSustained}/s (target ≥ 3000/s: ` +
      `${rateMet ? 'met' : 'MISSED'}; last step ${limit}); relay drain ${drainPerSecond}/s; baseline produce ` +
      `${baseline.perSecond.toLocaleString('en-US')}/s (1 KB, sendBatch 1000) · load average ${loadAverage} (${source})\n`,
  );
  if (args.record) {
    const file = await recordRow(
      BENCH,
      {
        'events at 1k/s': latency.events,
        'p50 ms': latency.p50,
        'p99 ms': latency.p99,
        'ack p50 ms': latency.ackP50,
        'ack p99 ms': latency.ackP99,
        'max sustained/s': maxSustained,
        'last step': limit,
        'relay drain/s': drainPerSecond,
        'baseline produce/s': baseline.perSecond,
        'load avg': loadAverage,
        infrastructure: source,
      },
      INTRO,
    );
    progress(`recorded in ${file}`);
  }
  emitResult(BENCH, {
    p50_ms: latency.ackP50,
    p99_ms: latency.ackP99,
    at_per_s: RATE,
    max_sustained_per_s: maxSustained,
  });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
