import { createTestDatabase, TestDatabase, uniqueGroup, uniqueTopic } from '@freight/testing';
import { KafkaClient, OutboxWriter, OutgoingEvent } from '@freight/messaging';
import type { ContractRegistry } from '@freight/contracts';
import type { DataSource } from 'typeorm';
import { openParcelDatabase, parcelScanRegistry } from './parcel-scans';
import type { Running } from './transport.port';

/** Jest's project-level testTimeout is not applied to hooks: each hook says how long it may take. */
export const HOOK_TIMEOUT_MS = 60_000;

/**
 * Everything one conformance test owns: its database, topic (6 partitions), consumer group, and
 * whatever it started — stopped in reverse order by `close()`, even when the test failed.
 */
export class ConformanceWorld {
  readonly started: Running[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly kafka: KafkaClient,
    readonly brokers: string[],
    readonly topic: string,
    readonly group: string,
    readonly registry: ContractRegistry,
    readonly writer: OutboxWriter<OutgoingEvent>,
  ) {}

  static async create(name: string, brokers: string[]): Promise<ConformanceWorld> {
    const database = await createTestDatabase(`conformance_${name}`);
    const dataSource = await openParcelDatabase(database.url);
    const kafka = new KafkaClient({ brokers, clientId: `conformance-${name}` });
    const topic = uniqueTopic(`conformance.${name}`);
    await kafka.ensureTopics([{ topic, numPartitions: 6 }]);
    const registry = parcelScanRegistry(topic);
    const writer = new OutboxWriter<OutgoingEvent>({ service: 'conformance', registry });
    return new ConformanceWorld(
      database,
      dataSource,
      kafka,
      brokers,
      topic,
      uniqueGroup(`conformance.${name}`),
      registry,
      writer,
    );
  }

  track<T extends Running>(running: T): T {
    this.started.push(running);
    return running;
  }

  /** How many messages Kafka holds on a topic: more than events written means duplicates on the wire. */
  async messagesOn(topic: string): Promise<number> {
    const admin = await this.kafka.adminClient();
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  }

  async unpublishedOutboxRows(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`,
    );
    return row.n;
  }

  async close(): Promise<void> {
    for (const running of this.started.splice(0).reverse()) await running.stop();
    await this.kafka.disconnect();
    await this.dataSource.destroy();
    await this.database.drop();
  }
}
