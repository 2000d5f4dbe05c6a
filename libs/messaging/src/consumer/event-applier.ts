import type { ContractRegistry } from '@freight/contracts';
import type { KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeadLetterReason } from '../dead-letters/dead-letter-headers';
import type { DeadLetterPublisher } from '../dead-letters/dead-letter-publisher';
import type { EventEnvelope } from '../envelope';
import { isInboxCopy, recordAllNewInInbox, recordInInbox } from '../inbox/inbox';
import type { MessagingLogger } from '../messaging-logger';
import type { ConsumerMetrics } from './consumer-metrics';
import { decodeMessage } from './event-decoding';
import type { EventBatchRoute, EventContext, EventRoute } from './event-routes';
import { RetriesExhaustedError, RetryPolicy, withRetries } from './retry-policy';

type Decoded = { message: KafkaMessage; envelope: EventEnvelope };

export interface EventApplierOptions {
  group: string;
  routes: EventRoute[];
  batchRoutes: EventBatchRoute[];
  dataSource?: DataSource;
  registry: ContractRegistry;
  retry: RetryPolicy;
  batchSize: number;
  deadLetters: DeadLetterPublisher;
  logger: MessagingLogger;
  metrics?: ConsumerMetrics;
  isRefusal: (error: unknown) => boolean;
}

/** Applies a partition's messages: decode, inbox + handler in one transaction, retry, dead-letter. */
export class EventApplier {
  private readonly single = new Map<string, EventRoute>();
  private readonly batched = new Map<string, EventBatchRoute>();
  private readonly batchTopics = new Set<string>();
  /** topic → the event types routed on it */
  private readonly routedTypes = new Map<string, Set<string>>();

  constructor(private readonly options: EventApplierOptions) {
    for (const route of options.routes) this.single.set(`${route.topic}|${route.type}`, route);
    for (const route of options.batchRoutes) {
      this.batched.set(`${route.topic}|${route.type}`, route);
      this.batchTopics.add(route.topic);
    }
    for (const route of [...options.routes, ...options.batchRoutes]) {
      const types = this.routedTypes.get(route.topic) ?? new Set<string>();
      this.routedTypes.set(route.topic, types.add(route.type));
    }
    const mixed = options.routes.find((r) => this.batchTopics.has(r.topic));
    if (mixed)
      throw new Error(
        `${options.group}: topic ${mixed.topic} has both batch and single-event handlers; choose one`,
      );
  }

  topics(): string[] {
    return [...new Set([...this.options.routes, ...this.options.batchRoutes].map((r) => r.topic))];
  }

  /** Batch topics in chunks of `batchSize`; other topics one message per transaction. */
  *chunks(topic: string, messages: KafkaMessage[]): Generator<KafkaMessage[]> {
    const size = this.batchTopics.has(topic) ? this.options.batchSize : 1;
    for (let i = 0; i < messages.length; i += size) yield messages.slice(i, i + size);
  }

  async apply(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const events: Decoded[] = [];
    const routed = this.routedTypes.get(topic);
    const isRouted = (type: string) => routed?.has(type) ?? false;
    for (const message of messages) {
      const decoded = decodeMessage(message, isRouted, this.options.registry);
      if (decoded.kind === 'invalid') {
        await this.deadLetter(topic, partition, message, 'schema-invalid', decoded.error, 0);
      } else if (decoded.kind === 'event') {
        events.push(decoded);
      }
    }
    if (events.length === 0) return;
    try {
      await this.withRetries(topic, () => this.inTransaction(topic, partition, events), heartbeat);
    } catch (error) {
      const failure = this.failureOf(error);
      if (!failure) throw error;
      if (events.length === 1) {
        const { reason, message, attempts } = failure;
        await this.deadLetter(topic, partition, events[0].message, reason, message, attempts);
        return;
      }
      // One bad event must not dead-letter its whole batch: find it by going one at a time.
      for (const event of events) await this.apply(topic, partition, [event.message], heartbeat);
    }
  }

  /** Why a handler's error ends in the DLQ: refused at once, or retries used up. */
  private failureOf(error: unknown) {
    if (error instanceof RetriesExhaustedError && error.lastError instanceof Refused)
      error = error.lastError;
    if (error instanceof Refused)
      return { reason: 'refused' as const, message: error.message, attempts: error.attempt };
    if (error instanceof RetriesExhaustedError)
      return {
        reason: 'handler-failed' as const,
        message: error.message,
        attempts: error.attempts,
      };
    return undefined;
  }

  /**
   * Retries with backoff, except a refusal (a DomainError: the business said no, and will say
   * it again): that one stops the retries at once.
   */
  private withRetries(topic: string, work: () => Promise<void>, heartbeat: () => Promise<void>) {
    let attempt = 0;
    const once = async () => {
      attempt++;
      try {
        await work();
      } catch (error) {
        if (this.options.isRefusal(error)) throw new Refused(error, attempt);
        throw error;
      }
    };
    return withRetries(once, this.options.retry, async (error, attempt) => {
      if (error instanceof Refused) throw error;
      this.options.metrics?.retries.inc({ group: this.options.group, topic });
      this.options.logger.warn(
        `${this.options.group} on ${topic}: attempt ${attempt} failed, retrying: ${String(error)}`,
      );
      await heartbeat();
    });
  }

  private async inTransaction(topic: string, partition: number, events: Decoded[]): Promise<void> {
    const { dataSource, group, metrics } = this.options;
    let applied = events.length;
    if (!dataSource) {
      await this.runHandlers(
        topic,
        partition,
        events.map((e) => e.envelope),
        noManager(group),
      );
    } else {
      try {
        const envelopes = events.map((e) => e.envelope);
        await dataSource.transaction(async (manager) => {
          await recordAllNewInInbox(
            manager,
            group,
            envelopes.map((e) => e.id),
          );
          await this.runHandlers(topic, partition, envelopes, manager);
        });
      } catch (error) {
        if (!isInboxCopy(error)) throw error;
        // A redelivery, or a copy within the chunk: that transaction did nothing; apply what is new.
        const unique = firstOfEachId(events);
        applied = await dataSource.transaction(async (manager) => {
          const seen = await recordInInbox(
            manager,
            group,
            unique.map((e) => e.id),
          );
          const fresh = unique.filter((e) => !seen.has(e.id));
          await this.runHandlers(topic, partition, fresh, manager);
          return fresh.length;
        });
      }
    }
    metrics?.applied.inc({ group, topic }, applied);
    if (applied < events.length) metrics?.duplicates.inc({ group, topic }, events.length - applied);
  }

  /** Consecutive events of one type go to its handler together, keeping the partition's order. */
  private async runHandlers(
    topic: string,
    partition: number,
    envelopes: EventEnvelope[],
    manager: EntityManager,
  ) {
    const context: EventContext = { manager, topic, partition };
    for (let start = 0; start < envelopes.length;) {
      let end = start + 1;
      while (end < envelopes.length && envelopes[end].type === envelopes[start].type) end++;
      const run = envelopes.slice(start, end);
      const key = `${topic}|${run[0].type}`;
      const batchRoute = this.batched.get(key);
      if (batchRoute) await batchRoute.handleBatch(run, context);
      else for (const envelope of run) await this.single.get(key)!.handle(envelope, context);
      start = end;
    }
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: string,
    attempts: number,
  ) {
    this.options.logger.error(
      `${this.options.group}: ${topic}[${partition}]@${message.offset} → ${topic}.dlq (${reason}): ${error}`,
    );
    await this.options.deadLetters.publish({ topic, partition, message, reason, error, attempts });
    this.options.metrics?.deadLetters.inc({ group: this.options.group, topic, reason });
  }
}

/** A handler's refusal, carried past the retries to the dead-letter topic. */
class Refused extends Error {
  constructor(
    readonly refusal: unknown,
    readonly attempt: number,
  ) {
    super(refusal instanceof Error ? refusal.message : String(refusal), { cause: refusal });
    this.name = 'Refused';
  }
}

/** The envelopes, each id once (a chunk can hold copies of an event): the first copy counts. */
function firstOfEachId(events: Decoded[]): EventEnvelope[] {
  const ids = new Set<string>();
  const unique: EventEnvelope[] = [];
  for (const { envelope } of events) {
    if (ids.has(envelope.id)) continue;
    ids.add(envelope.id);
    unique.push(envelope);
  }
  return unique;
}

/** The manager of a consumer without a database: using it is a wiring error, said plainly. */
function noManager(group: string): EntityManager {
  return new Proxy({} as EntityManager, {
    get() {
      throw new Error(
        `${group} runs without a DataSource (no inbox): register the service's TypeORM DataSource to use context.manager`,
      );
    },
  });
}
