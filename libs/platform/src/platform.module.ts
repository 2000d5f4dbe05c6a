import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { KafkaClient, messagingMigrations, MessagingModule } from '@freight/messaging';
import { Clock, CLOCK, SystemClock } from './clock/clock';
import type { PlatformConfig } from './config/platform-config.schema';
import { SERVICE_CONFIG } from './config/service-config.token';
import { Transactions } from './database/transactions';
import { ServiceSchema, typeOrmForService } from './database/typeorm.options';
import { DEMO_DATA_SEED, DemoDataRunner, DemoDataSeed } from './demo-data/demo-data.runner';
import { HealthController } from './health/health.controller';
import { READINESS_REPORT, ReadinessChecks, ReadinessReport } from './health/readiness.checks';
import { DomainError } from './http/problem';
import { ProblemFilter } from './http/problem.filter';
import { KafkaClientCloser, kafkaClientProvider } from './kafka/kafka.providers';
import { HttpMetrics } from './metrics/http-metrics';
import { MetricsController } from './metrics/metrics.controller';

export interface ServiceDefinition<C extends PlatformConfig> extends ServiceSchema {
  /** short name: `order`, `gateway` … (Kafka client id, metrics label, log field) */
  service: string;
  /** the validated configuration (see loadConfig); injectable with @InjectServiceConfig() */
  config: C;
  /** idempotent demo data, run at start when DEMO_DATA=true */
  seedDemoData?: DemoDataSeed;
  /** the filter every error leaves through: ProblemFilter, or null when the service installs its own */
  problemFilter?: null;
  /** reported in /health/ready beside the checks, never failing it (the gateway: services behind it) */
  readinessReport?: Type<ReadinessReport>;
}

/**
 * What every service gets from the platform, in one import: its configuration, its database
 * (created when missing, migrated), the clock, transactions with the outbox (`Transactions`),
 * a KafkaClient, messaging (outbox writer and relay, inbox consumers — a DomainError a handler
 * throws is dead-lettered at once as `refused`), errors as problem+json, /health/live,
 * /health/ready and /metrics.
 * Global, so feature modules inject DataSource, Clock, Transactions, OutboxWriter, KafkaClient
 * and the config without re-importing. A test replaces the clock once (startServiceForTest).
 */
@Global()
@Module({})
export class PlatformModule {
  static forService<C extends PlatformConfig>(definition: ServiceDefinition<C>): DynamicModule {
    const { service, config } = definition;
    return {
      module: PlatformModule,
      imports: [
        // the outbox and inbox tables live in every service's own database
        typeOrmForService(service, config, {
          entities: definition.entities,
          migrations: [...messagingMigrations, ...definition.migrations],
        }),
        // outbox writer + relay, and the consumers of every @EventsController in the service
        MessagingModule.forServiceAsync({
          inject: [HttpMetrics, CLOCK],
          useFactory: (metrics: HttpMetrics, clock: Clock) => ({
            service,
            metricsRegistry: metrics.registry,
            namespace: config.KAFKA_NAMESPACE,
            topicPartitions: config.KAFKA_TOPIC_PARTITIONS,
            isRefusal: (error: unknown) => error instanceof DomainError,
            clock,
          }),
        }),
        // readiness changes are logged by HealthController; terminus would log every failed probe
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: CLOCK, useClass: SystemClock },
        { provide: DEMO_DATA_SEED, useValue: definition.seedDemoData ?? null },
        { provide: HttpMetrics, useFactory: () => new HttpMetrics(service) },
        ...(definition.problemFilter === null
          ? []
          : [{ provide: APP_FILTER, useClass: ProblemFilter }]),
        kafkaClientProvider(service, config.KAFKA_BROKERS),
        KafkaClientCloser,
        ReadinessChecks,
        ...(definition.readinessReport
          ? [{ provide: READINESS_REPORT, useClass: definition.readinessReport }]
          : []),
        DemoDataRunner,
        Transactions,
      ],
      // MessagingModule re-exported: any module injects OutboxWriter
      exports: [SERVICE_CONFIG, CLOCK, HttpMetrics, KafkaClient, MessagingModule, Transactions],
    };
  }
}
