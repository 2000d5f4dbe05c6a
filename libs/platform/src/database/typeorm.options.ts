import { Logger } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions, MigrationInterface, MixedList } from 'typeorm';
import type { PlatformConfig } from '../config/platform-config.schema';
import { TypeOrmJsonLogger } from '../logging/typeorm-logger.adapter';
import { ensureDatabase, serviceDatabaseUrl, withMigrationLock } from './service-database';

export interface ServiceSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
  entities: MixedList<Function | string>;
  /** migration classes; the platform runs the messaging tables' migrations before them */
  migrations: (new () => MigrationInterface)[];
}

// Only failures to reach the server are worth waiting out; a failing migration is not.
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P03',
  '53300',
]);

/**
 * The service's TypeORM data source: its own database (created when missing), its entities,
 * and its migrations applied at start-up under a lock. Never `synchronize`: the schema changes
 * only by migrations.
 */
export function typeOrmForService(service: string, config: PlatformConfig, schema: ServiceSchema) {
  const logger = new Logger('Database');
  const url = serviceDatabaseUrl(config.DATABASE_URL, config.DATABASE_NAME);
  const options: DataSourceOptions = {
    type: 'postgres',
    url,
    poolSize: config.DATABASE_POOL_SIZE,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: true,
    // one transaction per migration, so a migration may opt out (CREATE INDEX CONCURRENTLY)
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new TypeOrmJsonLogger(),
    maxQueryExecutionTime: 1_000,
    applicationName: `freight-${service}`, // names the connections in pg_stat_activity
  };
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({ ...options, retryAttempts: 10, retryDelay: 3_000, toRetry: isTransient }),
    dataSourceFactory: async () => {
      if (await ensureDatabase(config.DATABASE_URL, config.DATABASE_NAME)) {
        logger.log({ msg: 'database created', database: config.DATABASE_NAME });
      }
      return withMigrationLock(url, () => new DataSource(options).initialize());
    },
  });
}

function isTransient(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code !== undefined && TRANSIENT_CODES.has(code);
}
