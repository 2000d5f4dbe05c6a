// npm run bench -- inbox [--quick] [--messages N] [--rounds N] [--no-record] [--profile DIR]
//
// Consume-with-inbox throughput: the platform's EventConsumer with an eachBatch route (decode and
// validate each envelope, inbox rows + the handler's effect in one transaction per chunk) against
// the raw kafkajs eachBatch consumer, on the same topic in the same run, each consumer in a Node
// process of its own (consumer-process.ts).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { dispatchTrackingRecordedV1, EventData } from '@freight/contracts';
import {
  createEnvelope,
  envelopeHeaders,
  KafkaClient,
  messagingMigrations,
} from '@freight/messaging';
import { createTestDatabase } from '@freight/testing';
import type { Message } from 'kafkajs';
import { DataSource } from 'typeorm';
import { baselineKafka, Measurement } from '../kafka-baseline/baseline';
import {
  emitResult,
  intFlag,
  nestLogsToStderr,
  parseBenchArgs,
  progress,
  progressEvery,
  recordRow,
  withInfrastructure,
} from '../lib';
import type { ConsumerRun } from './consumer-process';

const BENCH = 'inbox';
const INTRO =
  'Consume-with-inbox throughput: N valid `dispatch.tracking.recorded` envelopes (about 400 B, ' +
  '1000 keys) on a 6-partition topic, consumed from the beginning by the platform’s ' +
  '`EventConsumer` with one `eachBatch` route (defaults as services run it: chunks of 2000, 3 ' +
  'partitions at once; every envelope parsed and validated against its contract; per chunk one ' +
  'transaction with the inbox rows), and by a raw kafkajs `eachBatch` consumer, each in a fresh ' +
  'group. The headline handler only counts, as the raw consumer does, so the ratio is the price ' +
  'of validation and the inbox; a second run adds a trivial effect (one row per event, a ' +
  'multi-row insert in the same transaction) to show what a real handler adds. Each consumer ' +
  'runs in a Node process of its own (a fresh heap) and is timed from connecting, joining the ' +
  'group included; the inbox is vacuumed (untimed) before each inbox run. The raw and the ' +
  'inbox consumer take turns, three rounds each (each round a fresh group), and the medians are compared: single ' +
  'runs of either swing by a quarter on this machine.';
const KEYS = 1000;

/** The run with the median rate. */
function median(runs: Measurement[]): Measurement {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)];
}

function trackingEvent(i: number): EventData<'dispatch.tracking.recorded'> {
  return {
    waybillNo: `SH2026${String(i % KEYS).padStart(8, '0')}`,
    status: 'arrived-at-hub',
    occurredAt: new Date(Date.UTC(2026, 10, 26, 6, 0, i % 3600)).toISOString(),
    place: { code: 'HUB-WH01', name: 'Wuhan hub' },
    vehicle: { plate: 'HA-12345' },
  };
}

async function produceEnvelopes(brokers: string[], topic: string, messages: number) {
  const producer = baselineKafka(brokers).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const report = progressEvery('produced', messages);
  let bytes = 0;
  try {
    for (let sent = 0; sent < messages;) {
      const batch: Message[] = [];
      for (let i = sent; i < Math.min(sent + 1000, messages); i++) {
        const data = trackingEvent(i);
        const envelope = createEnvelope({
          source: '/freight/bench',
          type: dispatchTrackingRecordedV1.type,
          subject: dispatchTrackingRecordedV1.key(data),
          dataversion: String(dispatchTrackingRecordedV1.version),
          data,
        });
        const value = JSON.stringify(envelope);
        bytes += value.length;
        batch.push({ key: envelope.subject, value, headers: envelopeHeaders(envelope) });
      }
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: batch }] });
      sent += batch.length;
      report(sent);
    }
  } finally {
    await producer.disconnect();
  }
  return Math.round(bytes / messages);
}

/**
 * Runs one timed consumer in a Node process of its own (consumer-process.ts); with `--profile
 * DIR`, each consumer process writes a CPU profile there when it ends.
 */
function measureInChild(run: ConsumerRun, profileDir?: string): Promise<Measurement> {
  const script = path.join(__dirname, 'consumer-process.js');
  const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, script, JSON.stringify(run)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) resolve(JSON.parse(last) as Measurement);
      else reject(new Error(`${run.kind} consumer process ended with ${code ?? signal}`));
    });
  });
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const messages = intFlag(args, 'messages', args.quick ? 20_000 : 200_000);
  const rounds = intFlag(args, 'rounds', args.quick ? 1 : 3);
  const profileDir = args.values.get('profile');
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
    const topic = `bench.inbox.${run}`;
    // a fresh group for every run: each reads the topic from the beginning
    const perRound = (name: string) =>
      Array.from({ length: rounds }, (_, i) => `bench.${name}.${run}-${i + 1}`);
    const groups = {
      inbox: perRound('inbox-consumer'),
      raw: perRound('inbox-raw'),
      effect: `bench.inbox-effect.${run}`,
    };
    const kafka = new KafkaClient({ brokers, clientId: 'bench-inbox' });
    const admin = await kafka.adminClient();
    const database = await createTestDatabase('bench_inbox');
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: messagingMigrations,
    });
    try {
      // The dead-letter topic too: EventConsumer.start() makes sure it exists, and creating it
      // inside the timed run would charge a topic creation to the inbox.
      await kafka.ensureTopics([{ topic, numPartitions: 6 }, { topic: `${topic}.dlq` }]);
      await dataSource.initialize();
      await dataSource.runMigrations();
      await dataSource.query(
        'CREATE TABLE bench_effect (event_id text PRIMARY KEY, waybill_no text NOT NULL)',
      );
      progress(`topic ${topic}: producing ${messages.toLocaleString('en-US')} envelopes`);
      const envelopeBytes = await produceEnvelopes(brokers, topic, messages);
      progress(`envelopes of ${envelopeBytes} B on average`);

      const consumers = { brokers, topic, expected: messages, databaseUrl: database.url };
      // The previous run's 200k inbox rows set autovacuum off on the table (its insert
      // threshold): vacuum before each inbox run, untimed, rather than have it run during one.
      const vacuumInbox = () => dataSource.query('VACUUM (ANALYZE) inbox');
      const raws: Measurement[] = [];
      const inboxes: Measurement[] = [];
      for (let round = 1; round <= rounds; round++) {
        const raw = await measureInChild(
          {
            ...consumers,
            kind: 'raw',
            group: groups.raw[round - 1],
          },
          profileDir,
        );
        raws.push(raw);
        progress(`round ${round}: raw eachBatch ${raw.perSecond.toLocaleString('en-US')} msg/s`);
        await vacuumInbox();
        const inbox = await measureInChild(
          {
            ...consumers,
            kind: 'inbox',
            group: groups.inbox[round - 1],
          },
          profileDir,
        );
        inboxes.push(inbox);
        progress(
          `round ${round}: EventConsumer + inbox ${inbox.perSecond.toLocaleString('en-US')} msg/s`,
        );
      }
      const raw = median(raws);
      const inbox = median(inboxes);
      await vacuumInbox();
      const effect = await measureInChild(
        { ...consumers, kind: 'effect', group: groups.effect },
        profileDir,
      );
      progress(`EventConsumer + inbox + effect: ${effect.perSecond.toLocaleString('en-US')} msg/s`);

      const [{ rows, effects }] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM inbox) AS rows, (SELECT count(*)::int FROM bench_effect) AS effects`,
      );
      progress(
        `inbox rows ${rows}, effect rows ${effects} (expected ${(rounds + 1) * messages} and ${messages})`,
      );
      if (rows !== (rounds + 1) * messages || effects !== messages)
        throw new Error(
          `expected ${(rounds + 1) * messages} inbox and ${messages} effect rows, got ${rows} and ${effects}`,
        );
      return { raws, inboxes, raw, inbox, effect, envelopeBytes, source: infrastructure.source };
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop().catch((err: Error) => progress(`drop database: ${err.message}`));
      await admin
        .deleteGroups([groups.effect, ...groups.raw, ...groups.inbox])
        .catch((err: Error) => progress(`could not delete groups: ${err.message}`));
      await admin
        .deleteTopics({ topics: [topic, `${topic}.dlq`] })
        .catch((err: Error) => progress(`could not delete topics: ${err.message}`));
      await kafka.disconnect();
    }
  });

  const { raws, inboxes, raw, inbox, effect, envelopeBytes, source } = outcome;
  const each = (runs: Measurement[]) =>
    runs.map((r) => r.perSecond.toLocaleString('en-US')).join(', ');
  // rounded for the report; the verdict below compares the rates themselves (0.496 is a miss)
  const ofRaw = (perSecond: number) => Math.round((perSecond / raw.perSecond) * 100) / 100;
  const ratio = ofRaw(inbox.perSecond);
  const effectRatio = ofRaw(effect.perSecond);
  process.stderr.write(
    `${BENCH}: EventConsumer + inbox ${inbox.perSecond.toLocaleString('en-US')}/s (with a one-row ` +
      `effect ${effect.perSecond.toLocaleString('en-US')}/s, ratio ${effectRatio}), raw eachBatch ` +
      `${raw.perSecond.toLocaleString('en-US')}/s, ratio ${ratio} (target ≥ 0.5: ` +
      `${args.quick ? 'judged on full runs only: joining the group weighs on a quick one' : inbox.perSecond >= 0.5 * raw.perSecond ? 'met' : 'MISSED'}); ${messages.toLocaleString('en-US')} × ${envelopeBytes} B · ` +
      `load average ${loadAverage} (${source}); medians of ${rounds} rounds — raw ${each(raws)}, ` +
      `inbox ${each(inboxes)}\n`,
  );
  if (args.record) {
    const file = await recordRow(
      BENCH,
      {
        messages,
        'inbox consumer/s': inbox.perSecond,
        'raw eachBatch/s': raw.perSecond,
        ratio,
        'with effect/s': effect.perSecond,
        'effect ratio': effectRatio,
        'load avg': loadAverage,
        infrastructure: source,
      },
      INTRO,
    );
    progress(`recorded in ${file}`);
  }
  emitResult(BENCH, { inbox_per_s: inbox.perSecond, raw_per_s: raw.perSecond, ratio });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
