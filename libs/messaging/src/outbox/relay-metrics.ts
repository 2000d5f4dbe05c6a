import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What an operator watches on a relay: how far behind it is (age of the oldest unpublished
 * event, read from the table at scrape time so every replica reports the same truth), how long
 * events waited, how many went out, how often publishing failed.
 */
export class RelayMetrics {
  readonly published: Counter;
  readonly failures: Counter;
  readonly failing: Gauge;
  readonly delay: Histogram;

  constructor(registry: Registry, oldestUnpublishedAge: () => Promise<number>) {
    const registers = [registry];
    new Gauge({
      name: 'outbox_relay_lag_seconds',
      help: 'Age of the oldest outbox event not yet published to Kafka (0 when none waits)',
      registers,
      async collect() {
        this.set(await oldestUnpublishedAge());
      },
    });
    this.delay = new Histogram({
      name: 'outbox_relay_delay_seconds',
      help: "Time from an event's commit to the outbox until Kafka acknowledged it",
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers,
    });
    this.published = new Counter({
      name: 'outbox_relay_published_total',
      help: 'Events the relay published',
      registers,
    });
    this.failures = new Counter({
      name: 'outbox_relay_failures_total',
      help: 'Relay passes that failed and were retried',
      registers,
    });
    this.failing = new Gauge({
      name: 'outbox_relay_failing',
      help: '1 while the relay cannot publish (its passes fail), 0 once a pass succeeds again',
      registers,
    });
  }
}
