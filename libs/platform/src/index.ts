// @freight/platform: how every service starts, configures, logs, reports health and metrics,
// reaches its database and Kafka, and shuts down.
export { ConfigError, loadConfig, parseConfig } from './config/config.loader';
export * as env from './config/env-fields';
export { platformConfigSchema } from './config/platform-config.schema';
export type { PlatformConfig, ServiceConfigDefaults } from './config/platform-config.schema';
export { InjectServiceConfig, SERVICE_CONFIG } from './config/service-config.token';
export {
  CORRELATION_HEADER,
  currentCorrelationId,
  runWithCorrelationId,
} from './logging/correlation';
export { createServiceLogger } from './logging/service-logger';
export type { ServiceLogger } from './logging/service-logger';
export { NestPinoLogger } from './logging/nest-logger.adapter';
export { HEALTH_PATHS, METRICS_PATH } from './http/paths';
export * from './http/problem';
export { problemFrom, statusOf } from './http/problem.mapping';
export { ProblemFilter } from './http/problem.filter';
export {
  fieldProblems,
  ValidBody,
  ValidParam,
  ValidQuery,
  ZodValidation,
} from './http/zod-validation.pipe';
export * from './http/pagination';
// the list schemas live with the contracts (services and the gateway share them); here too for
// the services that build pages
export { listQuery, MAX_PAGE_SIZE, pageSchema } from '@freight/contracts';
export * from './http/params';
export * from './http/actor';
export { Clock, CLOCK, InjectClock, SystemClock } from './clock/clock';
export { inTransaction, Transactions } from './database/transactions';
export type { Tx } from './database/transactions';
export { HttpMetrics } from './metrics/http-metrics';
export { ensureDatabase, serviceDatabaseUrl } from './database/service-database';
export type { DemoDataContext, DemoDataSeed } from './demo-data/demo-data.runner';
export { PlatformModule } from './platform.module';
export type { ReadinessReport } from './health/readiness.checks';
export type { ServiceDefinition } from './platform.module';
export {
  createHttpAdapter,
  createServiceApp,
  prepareServiceApp,
  serviceAppOptions,
} from './bootstrap/create-service-app';
export type { ServiceApp, ServiceAppOptions } from './bootstrap/create-service-app';
export { bootstrapService } from './bootstrap/bootstrap-service';
export { closeOnSignals } from './bootstrap/shutdown';
