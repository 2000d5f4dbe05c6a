// Raw kafkajs throughput on the broker: the floor the platform's messaging layer (outbox relay,
// inbox consumers) is compared against. It uses kafkajs directly on purpose: it IS the baseline.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, Message } from 'kafkajs';
import { consumptionCounter, perSecond, progress, progressEvery } from '../lib';

export interface BaselineOptions {
  messages: number;
  /** payload size; default 1 KB */
  messageBytes?: number;
  /** messages per producer.sendBatch; default 1000 */
  batchSize?: number;
  /** partitions of the benchmark topic; default 6, as the platform's topics */
  partitions?: number;
}

export interface BaselineResult {
  produce_per_s: number;
  consume_each_message_per_s: number;
  consume_each_batch_per_s: number;
}

export interface Measurement {
  count: number;
  elapsedMs: number;
  perSecond: number;
}

/** Aborts a consume run that stops making progress, instead of hanging the benchmark. */
const STALL_MS = 30_000;
/** Distinct keys, as distinct aggregates would be: spreads messages over all partitions. */
const KEY_SPACE = 1000;

export function baselineKafka(brokers: string[]): Kafka {
  return new Kafka({ clientId: 'bench-kafka-baseline', brokers, logLevel: logLevel.WARN });
}

/**
 * Produces `messages` keyed messages of `messageBytes` in sendBatch calls of `batchSize`, acks=-1
 * with an idempotent producer, as the platform's relay would.
 */
export async function measureProduce(
  kafka: Kafka,
  topic: string,
  { messages, messageBytes = 1024, batchSize = 1000 }: BaselineOptions,
): Promise<Measurement> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const payload = randomBytes(messageBytes);
  const report = progressEvery('produced', messages);
  try {
    const started = performance.now();
    for (let sent = 0; sent < messages;) {
      const size = Math.min(batchSize, messages - sent);
      const batch: Message[] = Array.from({ length: size }, (_, i) => ({
        key: `key-${(sent + i) % KEY_SPACE}`,
        value: payload,
      }));
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: batch }] });
      sent += size;
      report(sent);
    }
    const elapsedMs = performance.now() - started;
    return { count: messages, elapsedMs, perSecond: perSecond(messages, elapsedMs) };
  } finally {
    await producer.disconnect();
  }
}

/**
 * Consumes `expected` messages from the beginning of `topic` in a fresh consumer group, with
 * eachMessage or eachBatch (kafkajs defaults otherwise). The time runs from connecting, so it
 * includes joining the group (about 100 ms here).
 */
export async function measureConsume(
  kafka: Kafka,
  topic: string,
  {
    expected,
    mode,
    groupId,
  }: { expected: number; mode: 'eachMessage' | 'eachBatch'; groupId: string },
): Promise<Measurement> {
  const consumer = kafka.consumer({ groupId });
  const started = performance.now();
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const consumption = consumptionCounter(`consumed (${mode})`, expected, STALL_MS);
  try {
    await consumer.run(
      mode === 'eachMessage'
        ? { eachMessage: async () => consumption.counted(1) }
        : { eachBatch: async ({ batch }) => consumption.counted(batch.messages.length) },
    );
    await consumption.done;
    const elapsedMs = performance.now() - started;
    const { count } = consumption;
    return { count, elapsedMs, perSecond: perSecond(count, elapsedMs) };
  } finally {
    consumption.end();
    await consumer.disconnect();
  }
}

/**
 * The whole baseline on a fresh topic: produce, then consume everything once with eachMessage and
 * once with eachBatch, each in its own fresh group. Cleans up its topic and groups.
 */
export async function runKafkaBaseline(
  brokers: string[],
  options: BaselineOptions,
): Promise<BaselineResult> {
  const kafka = baselineKafka(brokers);
  const admin = kafka.admin();
  await admin.connect();
  const run = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const topic = `bench.kafka-baseline.${run}`;
  const groups = {
    eachMessage: `bench.baseline-each-message.${run}`,
    eachBatch: `bench.baseline-each-batch.${run}`,
  };
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: options.partitions ?? 6 }],
    });
    progress(
      `topic ${topic}: producing ${options.messages.toLocaleString('en-US')} × ${options.messageBytes ?? 1024} B`,
    );
    const produce = await measureProduce(kafka, topic, options);
    progress(`produce: ${produce.perSecond.toLocaleString('en-US')} msg/s`);
    const eachMessage = await measureConsume(kafka, topic, {
      expected: options.messages,
      mode: 'eachMessage',
      groupId: groups.eachMessage,
    });
    progress(`eachMessage: ${eachMessage.perSecond.toLocaleString('en-US')} msg/s`);
    const eachBatch = await measureConsume(kafka, topic, {
      expected: options.messages,
      mode: 'eachBatch',
      groupId: groups.eachBatch,
    });
    progress(`eachBatch: ${eachBatch.perSecond.toLocaleString('en-US')} msg/s`);
    return {
      produce_per_s: produce.perSecond,
      consume_each_message_per_s: eachMessage.perSecond,
      consume_each_batch_per_s: eachBatch.perSecond,
    };
  } finally {
    await admin
      .deleteGroups(Object.values(groups))
      .catch((err: Error) => progress(`could not delete groups: ${err.message}`));
    await admin
      .deleteTopics({ topics: [topic] })
      .catch((err: Error) => progress(`could not delete ${topic}: ${err.message}`));
    await admin.disconnect();
  }
}
