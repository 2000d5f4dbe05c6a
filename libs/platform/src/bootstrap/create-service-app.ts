import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { PlatformConfig } from '../config/platform-config.schema';
import { installInputGuards } from '../http/input-guards';
import { installJsonOnly, problemForFrameworkError } from '../http/json-only';
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

// A path parameter longer than this is refused (414) before any handler: ids are short.
const MAX_PARAM_LENGTH = 200;

/**
 * The Fastify adapter every service runs on: the body limit for every parser, long path
 * parameters and malformed URLs answered as problem+json like every other error.
 */
export function createHttpAdapter(config: PlatformConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const problem = problemForFrameworkError(error, request.url);
      void reply.status(problem.status).type('application/problem+json').send(problem);
    },
  });
}

/** Nest's options for a service app (the same in production and under test). */
export function serviceAppOptions(logger: ServiceLogger) {
  return {
    logger: new NestPinoLogger(logger),
    // Nest's default is process.abort() on a start-up error: a core dump instead of a log line.
    abortOnError: false,
    // During shutdown new requests get 503 (readiness fails) while in-flight ones finish.
    return503OnClosing: true,
    // JSON only (issue 19, item 2): Nest would add a form parser; installJsonOnly decides.
    bodyParser: false,
  };
}

/** What every service's HTTP layer does before its routes: see each install function. */
export function prepareServiceApp(app: NestFastifyApplication, logger: ServiceLogger): void {
  const fastify = app.getHttpAdapter().getInstance();
  installRequestHooks(fastify, logger, app.get(HttpMetrics));
  installJsonOnly(fastify);
  installInputGuards(fastify);
}

/**
 * Builds the service's Nest application on Fastify, without listening: dependency injection
 * runs here, so the database exists and is migrated when this resolves. Tests listen on port 0
 * (startServiceForTest in @freight/testing builds the same app with a fake clock).
 */
export async function createServiceApp(
  appModule: Type | DynamicModule,
  { service, config, logger: given, configure }: ServiceAppOptions,
): Promise<ServiceApp> {
  const logger = given ?? createServiceLogger({ service, level: config.LOG_LEVEL });
  const app = await NestFactory.create<NestFastifyApplication>(
    appModule,
    createHttpAdapter(config),
    serviceAppOptions(logger),
  );
  prepareServiceApp(app, logger);
  await configure?.(app);
  return { app, logger };
}
