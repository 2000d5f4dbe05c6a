import { contractRegistry, ContractRegistry, dlqTopic } from '@freight/contracts';
import type { Batch, Consumer, EachBatchPayload } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { KafkaClient } from '../kafka-client';
import { declaredTopic } from '../namespace';
import { MessagingLogger, nestLogger } from '../messaging-logger';
import { DeadLetterPublisher } from '../dead-letters/dead-letter-publisher';
import type { ConsumerMetrics } from './consumer-metrics';
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
  /**
   * batches applied at once, across the group’s partitions (order is kept within each); default 3.
   * Each holds a transaction, so a pool connection, and its decoded events.
   */
  partitionsConsumedConcurrently?: number;
  /**
   * kafkajs session timeout: how soon a member that died without leaving (SIGKILL) is dropped,
   * so how long its restarted process waits to rejoin; default 10 s, heartbeats every 2 s.
   * A clean stop leaves the group at once (LeaveGroup).
   */
  sessionTimeoutMs?: number;
  logger?: MessagingLogger;
  /** the service's consumer metrics (shared by its groups); none when absent */
  metrics?: ConsumerMetrics;
  /** a handler's error that no retry can change: dead-lettered at once (reason `refused`) */
  isRefusal?: (error: unknown) => boolean;
  /** the KAFKA_NAMESPACE the topics carry, to create them as declared (namespace.ts) */
  namespace?: string;
  /** partitions of the topics it creates, instead of the declared ones (tests) */
  topicPartitions?: number;
}

/**
 * One kafkajs consumer group: validates each message against its contract, runs its handler with
 * the inbox row in one transaction, retries with backoff, dead-letters what still fails (or is
 * invalid) and moves on. Offsets are committed only after a message's effect (or its dead
 * letter) is durable, so a crash at any point redelivers, and the inbox absorbs the redelivery.
 *
 * Each partition's batches are applied in order on a lane that runs one batch behind the
 * fetches: kafkajs fetches and decodes the next batch while this one's transaction is in
 * Postgres (decision 0014). kafkajs' own offset commits are off; the lane commits a batch's
 * offsets once its effects are durable.
 */
const RESTART_FIRST_DELAY_MS = 1_000;
const RESTART_MAX_DELAY_MS = 30_000;

export class EventConsumer {
  private readonly logger: MessagingLogger;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly applier: EventApplier;
  private consumer?: Consumer;
  /** topic|partition → the batch being applied (never rejects) */
  private readonly lanes = new Map<string, Promise<void>>();
  /** the batches being applied now, of every partition */
  private readonly applying = new Set<Promise<void>>();
  private stopping = false;
  /** a member of its group now: joined, and not since crashed, rebalancing or stopped */
  private joined = false;
  /** a crash kafkajs will not restart from (say, no group coordinator after an outage): ours */
  private restartTimer?: NodeJS.Timeout;
  private restartDelayMs = RESTART_FIRST_DELAY_MS;

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
      metrics: options.metrics,
      isRefusal: options.isRefusal ?? (() => false),
    });
  }

  private get concurrency(): number {
    return this.options.partitionsConsumedConcurrently ?? 3;
  }

  get topics(): string[] {
    return this.applier.topics();
  }

  get group(): string {
    return this.options.group;
  }

  /** For readiness: whether this consumer is a member of its group and consuming. */
  get isJoined(): boolean {
    return this.joined;
  }

  async start(): Promise<void> {
    const { kafka, group } = this.options;
    await kafka.ensureTopics(
      this.topics
        .flatMap((topic) => [topic, dlqTopic(topic)])
        .map((topic) => declaredTopic(this.options.namespace, topic, this.options.topicPartitions)),
    );
    const consumer = kafka.consumer({
      groupId: group,
      sessionTimeout: this.options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS,
      heartbeatInterval: Math.min(
        2_000,
        Math.floor((this.options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS) / 3),
      ),
      // How long the broker holds a fetch that finds nothing (Kafka's own clients: 500 ms).
      // stop() waits for the fetch in flight, so kafkajs' 5 s made every shutdown take 5 s.
      maxWaitTimeInMs: 500,
    });
    this.consumer = consumer;
    this.stopping = false;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.logger.error(
        `consumer crashed (restart: ${payload.restart}): ${payload.error.message}`,
        payload.error.stack,
      );
      // kafkajs restarts itself after a retriable error only; a consumer must never stay dead
      if (!payload.restart && !this.stopping) this.restartLater();
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.restartDelayMs = RESTART_FIRST_DELAY_MS));
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    for (const left of [
      consumer.events.REBALANCING,
      consumer.events.STOP,
      consumer.events.DISCONNECT,
    ])
      consumer.on(left, () => (this.joined = false));
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      // Resolving an offset only moves the fetch position; the lanes commit what is durable.
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.concurrency,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  /** Starts again after a crash kafkajs gave up on: 1 s, doubling to 30 s while it keeps failing. */
  private restartLater(): void {
    if (this.restartTimer) return;
    const delayMs = this.restartDelayMs;
    this.restartDelayMs = Math.min(delayMs * 2, RESTART_MAX_DELAY_MS);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      void (async () => {
        await this.consumer?.disconnect().catch(() => undefined);
        try {
          await this.start();
          this.logger.log(`consumer started again after a crash`);
        } catch (error) {
          this.logger.error(`consumer could not start again: ${(error as Error).message}`);
          if (!this.stopping) this.restartLater();
        }
      })();
    }, delayMs);
  }

  /** Finishes the batches being applied (their offsets committed), then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    this.joined = false;
    await Promise.all(this.lanes.values());
    this.lanes.clear();
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect();
    await this.deadLetters.close();
  }

  private async consumeBatch({ batch, resolveOffset, heartbeat, isStale }: EachBatchPayload) {
    const lane = `${batch.topic}|${batch.partition}`;
    // Order and back-pressure: the partition's previous batch is finished first.
    await this.lanes.get(lane);
    // And at most `partitionsConsumedConcurrently` batches applied at once: without the bound,
    // every partition of a fetch would hold a transaction, and a pool connection, at once.
    while (this.applying.size >= this.concurrency) await Promise.race(this.applying);
    if (this.stopping || isStale() || batch.messages.length === 0) return;
    this.options.metrics?.lag.set(
      { group: this.options.group, topic: batch.topic, partition: batch.partition },
      Number(batch.offsetLag()),
    );
    // Let kafkajs fetch on from after this batch while it is applied.
    resolveOffset(batch.messages[batch.messages.length - 1].offset);
    const applying = this.applyBatch(batch, heartbeat, isStale);
    this.lanes.set(lane, applying);
    this.applying.add(applying);
    void applying.finally(() => this.applying.delete(applying));
  }

  /** Applies a batch chunk by chunk, then commits the offset after the last chunk applied. */
  private async applyBatch(batch: Batch, heartbeat: () => Promise<void>, isStale: () => boolean) {
    const { topic, partition } = batch;
    let next: string | undefined;
    try {
      for (const chunk of this.applier.chunks(topic, batch.messages)) {
        if (this.stopping || isStale()) break;
        await this.applier.apply(topic, partition, chunk, heartbeat);
        next = afterOffset(chunk[chunk.length - 1].offset);
      }
      // Past the transaction markers kafkajs filtered out of the batch, too.
      if (next === afterOffset(batch.messages[batch.messages.length - 1].offset))
        next = afterOffset(batch.lastOffset());
    } catch (error) {
      // Not a handler's failure (those are retried, then dead-lettered) but e.g. the dead-letter
      // topic unreachable: read the rest of the batch again, as kafkajs would after a failed batch.
      const from = next ?? batch.messages[0].offset;
      this.logger.error(
        `${topic}[${partition}]: applying from offset ${from} failed, reading it again: ${String(error)}`,
        error instanceof Error ? error.stack : undefined,
      );
      await sleep(1000);
      this.seek(topic, partition, from);
    }
    if (next !== undefined) await this.commit(topic, partition, next);
  }

  private seek(topic: string, partition: number, offset: string) {
    try {
      this.consumer?.seek({ topic, partition, offset });
    } catch (error) {
      // Stopped or not yet running: the uncommitted messages are read again at the next start.
      this.logger.warn(`${topic}[${partition}]: could not seek to ${offset}: ${String(error)}`);
    }
  }

  private async commit(topic: string, partition: number, offset: string) {
    try {
      await this.consumer?.commitOffsets([{ topic, partition, offset }]);
    } catch (error) {
      // E.g. a rebalance took the partition: its next owner reads these events again and the
      // inbox skips them.
      this.logger.warn(`${topic}[${partition}]: offset ${offset} not committed: ${String(error)}`);
    }
  }
}

const DEFAULT_SESSION_TIMEOUT_MS = 10_000;
const afterOffset = (offset: string) => (BigInt(offset) + 1n).toString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
