import { Counter, Gauge, Registry } from 'prom-client';

/**
 * What an operator watches on a service's consumer groups: events applied, redeliveries the
 * inbox absorbed, retries, dead letters by reason, and how far each partition is behind.
 * One instance per registry, shared by every consumer group of the service (labels tell them
 * apart). Counted per chunk, not per message.
 */
export class ConsumerMetrics {
  readonly applied: Counter<'group' | 'topic'>;
  readonly duplicates: Counter<'group' | 'topic'>;
  readonly retries: Counter<'group' | 'topic'>;
  readonly deadLetters: Counter<'group' | 'topic' | 'reason'>;
  readonly lag: Gauge<'group' | 'topic' | 'partition'>;

  constructor(registry: Registry) {
    const registers = [registry];
    const perTopic = (name: string, help: string) =>
      new Counter({ name, help, labelNames: ['group', 'topic'] as const, registers });
    this.applied = perTopic(
      'consumer_events_applied_total',
      'Events whose handler ran and whose effect (with its inbox row) committed',
    );
    this.duplicates = perTopic(
      'consumer_events_duplicate_total',
      'Events skipped because the group had applied them before (redeliveries, copies on the wire)',
    );
    this.retries = perTopic(
      'consumer_retries_total',
      'Failed attempts to apply events that were retried after a backoff',
    );
    this.deadLetters = new Counter({
      name: 'consumer_dead_letters_total',
      help: 'Messages published to <topic>.dlq, by reason (schema-invalid, handler-failed)',
      labelNames: ['group', 'topic', 'reason'],
      registers,
    });
    this.lag = new Gauge({
      name: 'consumer_lag_messages',
      help: "Messages on the partition after the group's last fetched batch (high watermark − offset)",
      labelNames: ['group', 'topic', 'partition'],
      registers,
    });
  }
}
