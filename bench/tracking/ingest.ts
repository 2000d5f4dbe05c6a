import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { KafkaClient } from '@freight/messaging';
import type { Message } from 'kafkajs';
import type { ConsumerRun } from '../inbox/consumer-process';
import type { Measurement } from '../kafka-baseline/baseline';
import { perSecond, progressEvery } from '../lib';
import { stepMessage } from './workload';

// The tracking benchmark's first half: the journeys produced once, drained by the raw consumer
// and by the tracking service's consumer group.

/** Each shipment's five steps, in journey order per waybill, interleaved across waybills. */
export async function produceJourneys(
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

export function rawConsumer(
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
export async function drained(admin: Admin, group: string, topic: string): Promise<Measurement> {
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
