import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's built-in loggers print plain text to the console; this one sends what matters
 * (migrations, failed and slow queries, warnings) through Nest's logger, i.e. our JSON lines.
 * Individual queries are not logged: too many, and they carry customer data.
 */
export class TypeOrmJsonLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // deliberately silent, see the class comment
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ msg: 'query failed', error: errorText(error), query });
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow query', ms: time, query });
  }
  // We never synchronize, so schema-build messages come only from migrations at start-up:
  // "N migrations are new …", "Migration X has been executed successfully". Worth keeping.
  logSchemaBuild(message: string): void {
    this.logger.log(message);
  }
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

function errorText(error: string | Error): string {
  return typeof error === 'string' ? error : error.message;
}
