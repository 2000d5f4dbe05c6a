// One timed consumer of the inbox benchmark, in a Node process of its own (bench/inbox/main.ts
// starts it): each measurement starts from a fresh heap, so neither consumer pays for the
// garbage of the producer or of the consumer measured before it.
//
//   node dist/bench/inbox/consumer-process.js '{"kind":"raw"|"inbox"|"effect", ...ConsumerRun}'
//
// Progress goes to stderr; the last stdout line is the Measurement as JSON.
import { performance } from 'node:perf_hooks';
import { dispatchTrackingRecordedV1 } from '@freight/contracts';
import { EventConsumer, KafkaClient } from '@freight/messaging';
import { DataSource } from 'typeorm';
import { baselineKafka, measureConsume, Measurement } from '../kafka-baseline/baseline';
import { consumptionCounter, nestLogsToStderr, perSecond } from '../lib';

export interface ConsumerRun {
  kind: 'raw' | 'inbox' | 'effect';
  brokers: string[];
  topic: string;
  group: string;
  expected: number;
  /** the benchmark's database, migrated, with the `bench_effect` table (inbox and effect) */
  databaseUrl?: string;
}

const STALL_MS = 60_000;

/**
 * The platform's EventConsumer with one eachBatch route that counts, plus for `effect` one row
 * per event in the inbox's transaction. Timed from `start()` (connecting, joining the group),
 * as the raw consumer is timed from its `connect()`.
 */
async function measureInbox(run: ConsumerRun, dataSource: DataSource): Promise<Measurement> {
  const withEffect = run.kind === 'effect';
  const kafka = new KafkaClient({ brokers: run.brokers, clientId: 'bench-inbox' });
  const consumption = consumptionCounter(
    `consumed (EventConsumer + inbox${withEffect ? ' + effect' : ''})`,
    run.expected,
    STALL_MS,
  );
  const consumer = new EventConsumer({
    kafka,
    group: run.group,
    dataSource,
    batchRoutes: [
      {
        topic: run.topic,
        type: dispatchTrackingRecordedV1.type,
        handleBatch: async (events, { manager }) => {
          // The trivial effect: one row per event, in the inbox's transaction.
          if (withEffect)
            await manager.query(
              `INSERT INTO bench_effect (event_id, waybill_no)
               SELECT * FROM unnest($1::text[], $2::text[])`,
              [
                events.map((e) => e.id),
                events.map((e) => (e.data as { waybillNo: string }).waybillNo),
              ],
            );
          consumption.counted(events.length);
        },
      },
    ],
  });
  const started = performance.now();
  try {
    await consumer.start();
    await consumption.done;
    const elapsedMs = performance.now() - started;
    const { count } = consumption;
    return { count, elapsedMs, perSecond: perSecond(count, elapsedMs) };
  } finally {
    consumption.end();
    await consumer.stop();
    await kafka.disconnect();
  }
}

async function main(): Promise<void> {
  const run = JSON.parse(process.argv[2] ?? '{}') as ConsumerRun;
  nestLogsToStderr();
  let measurement: Measurement;
  if (run.kind === 'raw') {
    measurement = await measureConsume(baselineKafka(run.brokers), run.topic, {
      expected: run.expected,
      mode: 'eachBatch',
      groupId: run.group,
    });
  } else {
    const dataSource = new DataSource({ type: 'postgres', url: run.databaseUrl });
    await dataSource.initialize();
    try {
      measurement = await measureInbox(run, dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `inbox consumer process failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
