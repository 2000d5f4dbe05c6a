import { dlqTopic } from '@freight/contracts';
import {
  createEnvelope,
  DeadLetterHeaders,
  EventConsumer,
  KafkaClient,
  listDeadLetters,
  recordInInbox,
} from '@freight/messaging';
import {
  createTestDatabase,
  TestDatabase,
  testKafkaBrokers,
  uniqueGroup,
  uniqueTopic,
  waitFor,
} from '@freight/testing';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { openMessagingDatabase } from './conformance/support/messaging-database';

const TYPE = 'tracking.parcel.weighed';

function weighed(parcel: string) {
  return createEnvelope({ source: '/test', type: TYPE, subject: parcel, data: { parcel } });
}

/** Sends `values` in order; over `partitions` partitions in turn when there are several. */
async function produce(kafka: KafkaClient, topic: string, values: string[], partitions = 1) {
  const producer = kafka.producer();
  await producer.connect();
  for (let i = 0; i < values.length; i += 500)
    await producer.send({
      topic,
      messages: values.slice(i, i + 500).map((value, j) => ({
        key: 'P',
        value,
        ...(partitions > 1 ? { partition: (i + j) % partitions } : {}),
      })),
    });
  await producer.disconnect();
}

async function committedOffset(kafka: KafkaClient, group: string, topic: string) {
  const [offsets] = await (
    await kafka.adminClient()
  ).fetchOffsets({ groupId: group, topics: [topic] });
  return offsets.partitions.find((p) => p.partition === 0)?.offset;
}

/** A real client whose first `send` is refused, as when the dead-letter topic cannot be written. */
class RefusingOnceKafkaClient extends KafkaClient {
  refused = 0;

  override producer(): Producer {
    const producer = super.producer();
    const send = producer.send.bind(producer);
    producer.send = async (record) => {
      if (this.refused++ === 0) throw new Error('dead-letter topic unavailable (test)');
      return send(record);
    };
    return producer;
  }
}

describe('EventConsumer offsets (fetching runs one batch ahead of the effects)', () => {
  const brokers = testKafkaBrokers();
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('consumer_offsets');
    dataSource = await openMessagingDatabase(database.url);
    await dataSource.query('CREATE TABLE weighed (event_id text PRIMARY KEY)');
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('commits each batch once its effects are durable; after stop the group resumes past them', async () => {
    const kafka = new KafkaClient({ brokers, clientId: 'int-offsets' });
    const topic = uniqueTopic('messaging.offsets');
    const group = uniqueGroup('messaging.offsets');
    await kafka.ensureTopics([{ topic, numPartitions: 1 }]);
    const events = Array.from({ length: 5000 }, (_, i) => weighed(`P${i}`));
    await produce(
      kafka,
      topic,
      events.map((e) => JSON.stringify(e)),
    );
    const consumer = new EventConsumer({
      kafka,
      group,
      dataSource,
      batchSize: 700,
      batchRoutes: [
        {
          topic,
          type: TYPE,
          handleBatch: (batch, { manager }) =>
            manager.query(`INSERT INTO weighed SELECT unnest($1::text[])`, [
              batch.map((e) => e.id),
            ]),
        },
      ],
    });
    try {
      await consumer.start();
      const ids = events.map((e) => e.id);
      await waitFor(
        async () => {
          const [{ n }] = await dataSource.query(
            `SELECT count(*)::int AS n FROM weighed WHERE event_id = ANY($1)`,
            [ids],
          );
          return n === events.length;
        },
        { description: 'every event applied', timeoutMs: 30_000 },
      );
    } finally {
      await consumer.stop();
    }
    expect(await committedOffset(kafka, group, topic)).toBe('5000');
    await kafka.disconnect();
  }, 60_000);

  it('applies at most `partitionsConsumedConcurrently` batches at once, across partitions', async () => {
    const kafka = new KafkaClient({ brokers, clientId: 'int-offsets-concurrency' });
    const topic = uniqueTopic('messaging.concurrency');
    const group = uniqueGroup('messaging.concurrency');
    await kafka.ensureTopics([{ topic, numPartitions: 6 }]);
    const events = Array.from({ length: 600 }, (_, i) => weighed(`P${i}`));
    // Every partition has events before the consumer starts: its first fetch brings six batches.
    await produce(
      kafka,
      topic,
      events.map((e) => JSON.stringify(e)),
      6,
    );
    let applying = 0;
    let most = 0;
    const applied = new Set<string>();
    const consumer = new EventConsumer({
      kafka,
      group,
      dataSource,
      partitionsConsumedConcurrently: 2,
      batchSize: 25,
      batchRoutes: [
        {
          topic,
          type: TYPE,
          handleBatch: async (batch) => {
            most = Math.max(most, ++applying);
            await new Promise((resolve) => setTimeout(resolve, 10)); // a handler's slow query
            for (const event of batch) applied.add(event.id);
            applying--;
          },
        },
      ],
    });
    try {
      await consumer.start();
      await waitFor(() => applied.size === events.length, {
        description: 'every event applied',
        timeoutMs: 30_000,
      });
    } finally {
      await consumer.stop();
    }
    // Two partitions' batches at a time, not all six (each holds a transaction and a connection).
    expect(most).toBe(2);
    await kafka.disconnect();
  }, 60_000);

  it('applies a copy within a chunk, and an event applied before, once each', async () => {
    const kafka = new KafkaClient({ brokers, clientId: 'int-offsets-copies' });
    const topic = uniqueTopic('messaging.copies');
    const group = uniqueGroup('messaging.copies');
    await kafka.ensureTopics([{ topic, numPartitions: 1 }]);
    const [a, b, c] = ['P-a', 'P-b', 'P-c'].map(weighed);
    // The group applied b before (say, before a crash that lost its offset commit).
    await dataSource.transaction((manager) => recordInInbox(manager, group, [b.id]));
    await produce(
      kafka,
      topic,
      [a, b, a, c].map((e) => JSON.stringify(e)),
    );
    const handled: string[] = [];
    const consumer = new EventConsumer({
      kafka,
      group,
      dataSource,
      batchRoutes: [
        {
          topic,
          type: TYPE,
          handleBatch: async (batch) => void handled.push(...batch.map((e) => e.id)),
        },
      ],
    });
    try {
      await consumer.start();
      await waitFor(async () => (await committedOffset(kafka, group, topic)) === '4', {
        description: 'the four messages committed',
        timeoutMs: 30_000,
      });
    } finally {
      await consumer.stop();
    }
    // The chunk's plain inbox insert met b and the copy of a; it was redone skipping both.
    expect(handled).toEqual([a.id, c.id]);
    await kafka.disconnect();
  }, 60_000);

  it('reads a batch again when its dead letter cannot be written: nothing after it is skipped, nothing is lost', async () => {
    const kafka = new RefusingOnceKafkaClient({ brokers, clientId: 'int-offsets-refusing' });
    const topic = uniqueTopic('messaging.offsets-refused');
    const group = uniqueGroup('messaging.offsets-refused');
    await kafka.ensureTopics([{ topic, numPartitions: 1 }, { topic: dlqTopic(topic) }]);
    const [first, second] = [weighed('A'), weighed('B')];
    const plain = new KafkaClient({ brokers, clientId: 'int-offsets-producer' });
    await produce(plain, topic, ['{not json', JSON.stringify(first), JSON.stringify(second)]);
    await plain.disconnect();
    const applied: string[] = [];
    const consumer = new EventConsumer({
      kafka,
      group,
      dataSource,
      routes: [
        {
          topic,
          type: TYPE,
          handle: async (event) => {
            applied.push(event.subject);
          },
        },
      ],
    });
    try {
      await consumer.start();
      await waitFor(() => applied.length === 2, {
        description: 'both events after the unparsable one applied',
        timeoutMs: 30_000,
      });
    } finally {
      await consumer.stop();
    }
    expect(kafka.refused).toBeGreaterThanOrEqual(2); // refused once, then written
    expect(applied).toEqual(['A', 'B']);
    const letters = await listDeadLetters(kafka, topic);
    expect(letters).toHaveLength(1);
    expect(letters[0].deadLetter[DeadLetterHeaders.reason]).toBe('schema-invalid');
    expect(await committedOffset(kafka, group, topic)).toBe('3');
    await kafka.disconnect();
  }, 60_000);
});
