import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceLogger } from '../logging/service-logger';
import { createServiceApp, ServiceAppOptions } from './create-service-app';
import { closeOnSignals } from './shutdown';

/**
 * A service's whole start: build the app (database created and migrated, demo data seeded),
 * listen on HOST:PORT, and shut down gracefully on SIGTERM/SIGINT. A failed start is logged
 * as one JSON line and ends the process with exit code 1 — the supervisor restarts it.
 */
export async function bootstrapService(
  appModule: Type | DynamicModule,
  options: ServiceAppOptions,
): Promise<NestFastifyApplication> {
  const { service, config } = options;
  const logger = options.logger ?? createServiceLogger({ service, level: config.LOG_LEVEL });
  try {
    const { app } = await createServiceApp(appModule, { ...options, logger });
    await app.listen({ port: config.PORT, host: config.HOST });
    closeOnSignals(app, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger });
    logger.info({ url: await app.getUrl(), port: config.PORT }, 'listening');
    return app;
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    return process.exit(1);
  }
}
