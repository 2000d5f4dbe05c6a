import type { ContractRegistry } from '@freight/contracts';
import type { EventEnvelope, RetryPolicy } from '@freight/messaging';
import type { DataSource, EntityManager } from 'typeorm';

/** The effect a consumer under test applies, in the transaction the transport gives it. */
export type EffectHandler = (events: EventEnvelope[], manager: EntityManager) => Promise<void>;

export interface RelayParams {
  dataSource: DataSource;
  brokers: string[];
  batchSize?: number;
  /** fault injection: runs after Kafka acknowledged a batch, before the rows are marked */
  afterSend?: (eventIds: string[]) => void | Promise<void>;
}

export interface ConsumerParams {
  dataSource: DataSource;
  brokers: string[];
  group: string;
  topic: string;
  registry: ContractRegistry;
  /** `batch`: one transaction per batch of events; `single`: one per event */
  mode: 'single' | 'batch';
  handle: EffectHandler;
  retry?: RetryPolicy;
  batchSize?: number;
  sessionTimeoutMs?: number;
}

export interface Running {
  stop(): Promise<void>;
}

/**
 * The port every messaging transport implements to be tested by the conformance suite: an
 * outbox relay and a consumer with inbox, retries and dead letters. The outbox writer and the
 * tables are shared (they are Postgres, not transport); what varies is how events cross Kafka.
 */
export interface TransportUnderTest {
  name: string;
  startRelay(params: RelayParams): Promise<Running>;
  startConsumer(params: ConsumerParams): Promise<Running>;
}
