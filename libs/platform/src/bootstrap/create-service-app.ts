import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PlatformConfig } from '../config/platform-config.schema';
import { installRequestHooks } from '../http/request-hooks';
import { NestPinoLogger } from '../logging/nest-logger.adapter';
import { createServiceLogger, ServiceLogger } from '../logging/service-logger';
import { HttpMetrics } from '../metrics/http-metrics';

export interface ServiceAppOptions {
  service: string;
  config: PlatformConfig;
  /** a logger to use instead of a new stdout one (tests capture lines this way) */
  logger?: ServiceLogger;
  /** last touches before the port opens, e.g. the gateway's OpenAPI document */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

export interface ServiceApp {
  app: NestFastifyApplication;
  logger: ServiceLogger;
}

/**
 * Builds the service's Nest application on Fastify, without listening: dependency injection
 * runs here, so the database exists and is migrated when this resolves. Tests listen on port 0.
 */
export async function createServiceApp(
  appModule: Type | DynamicModule,
  { service, config, logger: given, configure }: ServiceAppOptions,
): Promise<ServiceApp> {
  const logger = given ?? createServiceLogger({ service, level: config.LOG_LEVEL });
  const app = await NestFactory.create<NestFastifyApplication>(appModule, new FastifyAdapter(), {
    logger: new NestPinoLogger(logger),
    // Nest's default is process.abort() on a start-up error: a core dump instead of a log line.
    abortOnError: false,
    // During shutdown new requests get 503 (readiness fails) while in-flight ones finish.
    return503OnClosing: true,
  });
  installRequestHooks(app.getHttpAdapter().getInstance(), logger, app.get(HttpMetrics));
  await configure?.(app);
  return { app, logger };
}
