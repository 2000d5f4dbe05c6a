import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EventConsumerHost, KafkaClient } from '@freight/messaging';
import { DataSource } from 'typeorm';

// A probe must answer within the orchestrator's probe timeout: set probes' timeouts to ≥ 2 s.
const CHECK_TIMEOUT_MS = 1_500;

/**
 * What a service reports beside its readiness without failing it: the state of dependencies it
 * can do without, e.g. the services behind the gateway (PlatformModule.forService({ readinessReport })).
 */
export interface ReadinessReport {
  /** the key of the report in /health/ready's details */
  readonly name: string;
  /** never throws: a dependency that is down is reported, not raised */
  report(): Promise<Record<string, unknown>>;
}
export const READINESS_REPORT = Symbol('freight:readiness-report');
// Probes come every few seconds from every orchestrator; a report asks others, so it is reused this long.
const REPORT_REUSED_MS = 2_000;

/**
 * The dependencies without which a service must not receive traffic: its database, Kafka, and
 * its consumer groups — a consumer that has not (re)joined its group after a restart or an
 * outage reads nothing, whatever the broker answers.
 */
@Injectable()
export class ReadinessChecks {
  // kafkajs cannot be cancelled and retries for a long while against a dead broker: probes
  // share one ping in flight instead of piling up a new one every few seconds.
  private kafkaPingInFlight?: Promise<void>;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaClient,
    @Optional() private readonly consumers?: EventConsumerHost,
    @Optional() @Inject(READINESS_REPORT) private readonly extra?: ReadinessReport,
  ) {}

  /** The service's own report (readinessReport), if it has one: always up, with what it found. */
  report() {
    const extra = this.extra;
    if (!extra) return [];
    return [
      this.indicators
        .check(extra.name)
        .attempt(() => extra.report())
        .cacheFor(REPORT_REUSED_MS),
    ];
  }

  database() {
    return this.indicators
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  kafkaBrokers() {
    return this.indicators
      .check('kafka')
      .attempt(() => this.pingKafka())
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  consumerGroups() {
    return this.indicators.check('consumers').attempt(() => {
      const notJoined = this.consumers?.groupsNotJoined() ?? [];
      if (notJoined.length > 0)
        throw new Error(`not a member of its consumer group yet: ${notJoined.join(', ')}`);
    });
  }

  private pingKafka(): Promise<void> {
    this.kafkaPingInFlight ??= this.kafka.ping().finally(() => {
      this.kafkaPingInFlight = undefined;
    });
    return this.kafkaPingInFlight;
  }
}
