import type { ContractRegistry } from '@freight/contracts';
import type { Registry } from 'prom-client';
import type { EventConsumerOptions } from './consumer/event-consumer';
import type { InboxPrunerOptions } from './inbox/inbox-pruner';
import type { OutboxRelayOptions } from './outbox/outbox-relay';

export const MESSAGING_OPTIONS = Symbol('freight:messaging-options');

/** Knobs of a service's messaging, given once in `MessagingModule.forService`. */
export interface MessagingOptions {
  /** the producing service, e.g. `order`: envelopes' `source` is `/freight/<service>` */
  service?: string;
  registry?: ContractRegistry;
  /** retry policy, batch size, concurrency, session timeout of every consumer group */
  consumer?: Pick<
    EventConsumerOptions,
    'retry' | 'batchSize' | 'partitionsConsumedConcurrently' | 'sessionTimeoutMs'
  >;
  /** batch size, poll interval, retention of the outbox relay; `false` runs no relay in this process */
  relay?:
    | Pick<
        OutboxRelayOptions,
        | 'batchSize'
        | 'pollIntervalMs'
        | 'busyPollIntervalMs'
        | 'idleAfterMs'
        | 'retentionMs'
        | 'pruneIntervalMs'
        | 'retryDelayMs'
        | 'maxRetryDelayMs'
      >
    | false;
  /** how long consumers' inbox rows are kept and how often they are pruned (InboxPruner) */
  inbox?: Pick<InboxPrunerOptions, 'retentionMs' | 'pruneIntervalMs'>;
  /** where the relay's and the consumers' metrics go: the service's /metrics registry */
  metricsRegistry?: Registry;
  /** prefixes every topic and consumer group of the service (KAFKA_NAMESPACE; namespace.ts) */
  namespace?: string;
  /** partitions of every topic the service creates, instead of the declared ones (tests) */
  topicPartitions?: number;
  /**
   * Errors a handler throws that retrying cannot change (the platform passes `instanceof
   * DomainError`): dead-lettered at once with reason `refused` instead of retried.
   */
  isRefusal?: (error: unknown) => boolean;
  /** the service's clock: the `time` of the envelopes it writes */
  clock?: { now(): Date };
}
