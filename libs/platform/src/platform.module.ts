import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { KafkaClient, messagingMigrations, MessagingModule } from '@freight/messaging';
import type { PlatformConfig } from './config/platform-config.schema';
import { SERVICE_CONFIG } from './config/service-config.token';
import { ServiceSchema, typeOrmForService } from './database/typeorm.options';
import { DEMO_DATA_SEED, DemoDataRunner, DemoDataSeed } from './demo-data/demo-data.runner';
import { HealthController } from './health/health.controller';
import { READINESS_REPORT, ReadinessChecks, ReadinessReport } from './health/readiness.checks';
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
  /** reported in /health/ready beside the checks, never failing it (the gateway: services behind it) */
  readinessReport?: Type<ReadinessReport>;
}

/**
 * What every service gets from the platform, in one import: its configuration, its database
 * (created when missing, migrated), a KafkaClient, messaging (outbox writer and relay, inbox
 * consumers), /health/live, /health/ready and /metrics.
 * Global, so feature modules inject DataSource, KafkaClient and the config without re-importing.
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
          inject: [HttpMetrics],
          useFactory: (metrics: HttpMetrics) => ({ service, metricsRegistry: metrics.registry }),
        }),
        // readiness changes are logged by HealthController; terminus would log every failed probe
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: DEMO_DATA_SEED, useValue: definition.seedDemoData ?? null },
        { provide: HttpMetrics, useFactory: () => new HttpMetrics(service) },
        kafkaClientProvider(service, config.KAFKA_BROKERS),
        KafkaClientCloser,
        ReadinessChecks,
        ...(definition.readinessReport ? [{ provide: READINESS_REPORT, useClass: definition.readinessReport }] : []),
        DemoDataRunner,
      ],
      // MessagingModule re-exported: any module injects OutboxWriter and EventPublisher
      exports: [SERVICE_CONFIG, HttpMetrics, KafkaClient, MessagingModule],
    };
  }
}
