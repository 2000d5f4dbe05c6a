import { Writable } from 'node:stream';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, createServiceLogger, PlatformConfig } from '@freight/platform';
import { waitFor } from '@freight/testing';

export interface RunningService {
  app: NestFastifyApplication;
  url: string;
  logLines: Record<string, unknown>[];
}

/**
 * A service as `npm start` runs it — its AppModule, real Kafka and Postgres, a real port — but
 * inside the test process (port 0: no clash with the platform-start test's 18080–18086).
 */
export async function startService(options: {
  service: string;
  module: DynamicModule;
  config: PlatformConfig;
  configure?: (app: NestFastifyApplication) => Promise<void> | void;
  /** consumer groups to wait for, so the test does not start before the service listens to Kafka */
  groups?: string[];
}): Promise<RunningService> {
  const logLines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write: (chunk, _enc, done) => (logLines.push(JSON.parse(String(chunk))), done()),
  });
  const logger = createServiceLogger({ service: options.service, level: 'info', destination });
  const { app } = await createServiceApp(options.module, {
    service: options.service,
    config: options.config,
    logger,
    configure: options.configure,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  for (const group of options.groups ?? []) {
    await waitFor(() => logLines.some((l) => String(l.msg).includes(`consumer group ${group} subscribed`)), {
      timeoutMs: 90_000, description: `${options.service}: consumer group ${group} joined`,
    });
  }
  return { app, url: await app.getUrl(), logLines };
}
