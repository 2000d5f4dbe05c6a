import { createTestDatabase, FakeClock, TestDatabase } from '@freight/testing';
import { createServiceApp, createServiceLogger, parseConfig } from '@freight/platform';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Writable } from 'node:stream';
import { AppModule } from '../../src/app.module';
import { schedulerConfigSchema, SERVICE } from '../../src/config';

/** The whole scheduler service on a fresh database, with a fake clock and a fast firer poll. */
export async function startScheduler(prefix: string) {
  const database: TestDatabase = await createTestDatabase(prefix);
  const clock = new FakeClock('2025-01-06T08:00:00Z'); // Monday 16:00 in Shanghai
  const config = parseConfig(schedulerConfigSchema, {
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_NAME: database.name,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    DEMO_DATA: 'true',
    DEADLINE_POLL_MS: '50',
  });
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const logger = createServiceLogger({ service: SERVICE, level: 'warn', destination: quiet });
  const { app } = await createServiceApp(AppModule.register(config, { clock }), {
    service: SERVICE,
    config,
    logger,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app: app as NestFastifyApplication,
    clock,
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}
