import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { KafkaClient } from '@freight/messaging';
import { DataSource } from 'typeorm';

// A probe must answer within the orchestrator's probe timeout: set probes' timeouts to ≥ 2 s.
const CHECK_TIMEOUT_MS = 1_500;

/** The dependencies without which a service must not receive traffic: its database and Kafka. */
@Injectable()
export class ReadinessChecks {
  // kafkajs cannot be cancelled and retries for a long while against a dead broker: probes
  // share one ping in flight instead of piling up a new one every few seconds.
  private kafkaPingInFlight?: Promise<void>;

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaClient,
  ) {}

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

  private pingKafka(): Promise<void> {
    this.kafkaPingInFlight ??= this.kafka.ping().finally(() => {
      this.kafkaPingInFlight = undefined;
    });
    return this.kafkaPingInFlight;
  }
}
