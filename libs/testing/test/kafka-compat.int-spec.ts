// Proves that kafkajs 2.2.4 (last release 2023) works against the Apache Kafka 4.x broker the
// platform runs: Kafka 4.0 dropped old protocol versions (KIP-896), so this must be shown, not assumed.
// The steps build on each other and run in order: produce → consume and commit → re-join.
import {
  Admin,
  Consumer,
  EachBatchPayload,
  EachMessagePayload,
  Kafka,
  logLevel,
  Producer,
} from 'kafkajs';
import { testKafkaBrokers, uniqueGroup, uniqueTopic, waitFor } from '../src';

interface Received {
  key: string;
  value: string;
  partition: number;
  offset: bigint;
}

const PARTITIONS = 6;
const KEYS = Array.from({ length: 12 }, (_, i) => `waybill-${i}`);

const messagesFor = (round: string, perKey: number) =>
  KEYS.flatMap((key) =>
    Array.from({ length: perKey }, (_, seq) => ({ key, value: `${round}:${key}:${seq}` })),
  );

describe('kafkajs 2.2.4 against the Kafka 4 broker', () => {
  const kafka = new Kafka({
    clientId: 'kafka-compat-spec',
    brokers: testKafkaBrokers(),
    logLevel: logLevel.WARN,
  });
  const topic = uniqueTopic('compat');
  const group = uniqueGroup('compat.reader');
  let admin: Admin;
  let producer: Producer;
  const consumers: Consumer[] = [];

  const joinGroup = async () => {
    // A short fetch long-poll: disconnect() waits for the fetch in flight (default up to 5 s).
    const consumer = kafka.consumer({ groupId: group, maxWaitTimeInMs: 100 });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    return consumer;
  };

  const firstRound = messagesFor('first', 5);
  const secondRound = messagesFor('second', 3);

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect()));
    await producer?.disconnect();
    await admin?.deleteTopics({ topics: [topic] });
    await admin?.disconnect();
  });

  it('creates a topic with 6 partitions', async () => {
    await expect(
      admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: PARTITIONS }] }),
    ).resolves.toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0].partitions).toHaveLength(PARTITIONS);
    expect(await admin.listTopics()).toContain(topic);
  });

  it('publishes keyed messages with an idempotent producer (acks=all)', async () => {
    const results = await producer.send({ topic, acks: -1, messages: firstRound });
    expect(results.every((r) => r.errorCode === 0)).toBe(true);
    const offsets = await admin.fetchTopicOffsets(topic);
    const total = offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
    expect(total).toBe(firstRound.length);
    // Keys spread over several partitions, so per-key order below is a real check.
    expect(offsets.filter((p) => Number(p.high) > 0).length).toBeGreaterThan(1);
  });

  it('consumes them in the group with eachMessage, in per-key order, and commits', async () => {
    const received: Received[] = [];
    const consumer = await joinGroup();
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }: EachMessagePayload) => {
        received.push({
          key: String(message.key),
          value: String(message.value),
          partition,
          offset: BigInt(message.offset),
        });
      },
    });
    await waitFor(() => received.length >= firstRound.length, {
      description: `${firstRound.length} messages via eachMessage`,
    });

    expect(received.map((m) => m.value).sort()).toEqual(firstRound.map((m) => m.value).sort());
    for (const key of KEYS) {
      const ofKey = received.filter((m) => m.key === key);
      expect(new Set(ofKey.map((m) => m.partition)).size).toBe(1);
      expect(ofKey.map((m) => m.value)).toEqual(
        firstRound.filter((m) => m.key === key).map((m) => m.value),
      );
    }

    const next = new Map<number, bigint>();
    for (const m of received)
      if ((next.get(m.partition) ?? -1n) < m.offset + 1n) next.set(m.partition, m.offset + 1n);
    await consumer.commitOffsets(
      [...next].map(([partition, offset]) => ({ topic, partition, offset: String(offset) })),
    );

    const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    const committedTotal = committed[0].partitions.reduce(
      (sum, p) => sum + Math.max(Number(p.offset), 0),
      0,
    );
    expect(committedTotal).toBe(firstRound.length);

    await consumer.disconnect();
  });

  it('re-joins the group with eachBatch and reads only what came after the committed offsets', async () => {
    await producer.send({ topic, acks: -1, messages: secondRound });

    const received: Received[] = [];
    const consumer = await joinGroup();
    await consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        commitOffsetsIfNecessary,
      }: EachBatchPayload) => {
        for (const message of batch.messages) {
          received.push({
            key: String(message.key),
            value: String(message.value),
            partition: batch.partition,
            offset: BigInt(message.offset),
          });
          resolveOffset(message.offset);
        }
        await heartbeat();
        await commitOffsetsIfNecessary();
      },
    });
    // Old messages precede new ones in each partition: any re-read would arrive before these.
    await waitFor(() => received.length >= secondRound.length, {
      description: `${secondRound.length} messages via eachBatch`,
    });
    expect(received.map((m) => m.value).sort()).toEqual(secondRound.map((m) => m.value).sort());

    const description = await waitFor(
      async () => {
        const { groups } = await admin.describeGroups([group]);
        return groups[0].state === 'Stable' && groups[0];
      },
      { description: 'the group to be Stable' },
    );
    expect(description.protocolType).toBe('consumer');
    expect(description.members).toHaveLength(1);

    const { groups } = await admin.listGroups();
    expect(groups).toContainEqual({ groupId: group, protocolType: 'consumer' });

    await consumer.disconnect();
    const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    const committedTotal = committed[0].partitions.reduce(
      (sum, p) => sum + Math.max(Number(p.offset), 0),
      0,
    );
    expect(committedTotal).toBe(firstRound.length + secondRound.length);

    const { groups: afterLeave } = await admin.describeGroups([group]);
    expect(afterLeave[0].state).toBe('Empty');
  });
});
