import { contractRegistry, ContractRegistry, dlqTopic } from '@freight/contracts';
import type { Consumer, EachBatchPayload } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { KafkaClient } from '../kafka-client';
import { MessagingLogger, nestLogger } from '../messaging-logger';
import { DeadLetterPublisher } from '../dead-letters/dead-letter-publisher';
import type { EventBatchRoute, EventRoute } from './event-routes';
import { EventApplier } from './event-applier';
import type { RetryPolicy } from './retry-policy';

export interface EventConsumerOptions {
  kafka: KafkaClient;
  /** fixed and explicit, `<service>.<purpose>`; never renamed (it would re-read its topics) */
  group: string;
  routes?: EventRoute[];
  batchRoutes?: EventBatchRoute[];
  /** the service's database: inbox and handler transaction. Without one, handlers run bare. */
  dataSource?: DataSource;
  registry?: ContractRegistry;
  retry?: RetryPolicy;
  /** most events per transaction for batch routes; default 2000 */
  batchSize?: number;
  /** partitions processed at once (order is kept within each); default 2 */
  partitionsConsumedConcurrently?: number;
  /** kafkajs session timeout: how soon a crashed member's partitions move; default 30 s */
  sessionTimeoutMs?: number;
  logger?: MessagingLogger;
}

/**
 * One kafkajs consumer group: validates each message against its contract, runs its handler with
 * the inbox row in one transaction, retries with backoff, dead-letters what still fails (or is
 * invalid) and moves on. Offsets are committed only after a message's effect (or its dead
 * letter) is durable, so a crash at any point redelivers, and the inbox absorbs the redelivery.
 */
export class EventConsumer {
  private readonly logger: MessagingLogger;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly applier: EventApplier;
  private consumer?: Consumer;

  constructor(private readonly options: EventConsumerOptions) {
    this.logger = options.logger ?? nestLogger(`EventConsumer ${options.group}`);
    this.deadLetters = new DeadLetterPublisher(options.kafka, options.group);
    this.applier = new EventApplier({
      group: options.group,
      routes: options.routes ?? [],
      batchRoutes: options.batchRoutes ?? [],
      dataSource: options.dataSource,
      registry: options.registry ?? contractRegistry,
      retry: options.retry ?? {},
      batchSize: options.batchSize ?? 2000,
      deadLetters: this.deadLetters,
      logger: this.logger,
    });
  }

  get topics(): string[] {
    return this.applier.topics();
  }

  async start(): Promise<void> {
    const { kafka, group } = this.options;
    await kafka.ensureTopics(this.topics.map((topic) => ({ topic: dlqTopic(topic) })));
    const consumer = kafka.consumer({
      groupId: group,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) =>
      this.logger.error(
        `consumer crashed (restart: ${payload.restart}): ${payload.error.message}`,
        payload.error.stack,
      ),
    );
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      // Commit progress within long batches too (kafkajs always commits at a batch's end), so a
      // crash redelivers little; the inbox makes what it does redeliver harmless.
      autoCommitInterval: 1000,
      autoCommitThreshold: 500,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 2,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  /** Finishes the chunk in flight (its offsets committed), then leaves the group. */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect();
    await this.deadLetters.close();
  }

  private async consumeBatch({
    batch,
    resolveOffset,
    heartbeat,
    commitOffsetsIfNecessary,
    isRunning,
    isStale,
  }: EachBatchPayload) {
    for (const chunk of this.applier.chunks(batch.topic, batch.messages)) {
      if (!isRunning() || isStale()) return;
      await this.applier.apply(batch.topic, batch.partition, chunk, heartbeat);
      resolveOffset(chunk[chunk.length - 1].offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }
}
