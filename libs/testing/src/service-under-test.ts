import { Writable } from 'node:stream';
import type { DynamicModule } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { EventConsumerHost, KafkaClient } from '@freight/messaging';
import {
  CLOCK,
  createHttpAdapter,
  createServiceLogger,
  parseConfig,
  PlatformConfig,
  prepareServiceApp,
  serviceAppOptions,
} from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { createTestDatabase, TestDatabase } from './database';
import { FakeClock } from './fake-clock';
import { httpClient, HttpClient } from './http-client';
import { testNamespace } from './kafka';

export interface ServiceUnderTestOptions<C extends PlatformConfig> {
  /** the service's short name, as its config's SERVICE */
  service: string;
  configSchema: z.ZodType<C, unknown>;
  /** the service's AppModule for a configuration: `(config) => AppModule.register(config)` */
  appModule: (config: C) => DynamicModule;
  /** variables on top of the test's (DATABASE_URL, KAFKA_BROKERS from the integration setup) */
  env?: Record<string, string | undefined>;
  /** shared by every service of one scenario, so their clocks agree; a new one otherwise */
  clock?: FakeClock;
  /** Kafka namespace shared by the services of one scenario (testNamespace()); a new one otherwise */
  namespace?: string;
  /** an existing database (a second replica); a fresh one, dropped at stop, otherwise */
  databaseName?: string;
  /** the last touches before listening, as main.ts would (the gateway's OpenAPI, security) */
  configure?: (config: C) => (app: NestFastifyApplication) => void | Promise<void>;
  /** pino level of the captured log lines; default info */
  logLevel?: string;
}

export interface ServiceUnderTest<C extends PlatformConfig> {
  app: NestFastifyApplication;
  /** http://127.0.0.1:<random port> */
  url: string;
  config: C;
  clock: FakeClock;
  namespace: string;
  dataSource: DataSource;
  /** every JSON log line the service wrote */
  logLines: Record<string, unknown>[];
  /** JSON requests against the service's own HTTP API */
  http: HttpClient;
  /** closes the app and drops the database it made */
  stop(): Promise<void>;
}

/**
 * Boots a whole service in-process as `npm start` would (its AppModule, real Kafka and Postgres,
 * a real port), with a fake clock in place of the system clock and its own Kafka namespace, and
 * resolves once its consumer groups have joined: the one test harness of every service
 * (docs/adding-a-domain-feature.md). Several services of one scenario share `clock` and
 * `namespace`, so they talk to each other and to no other test.
 */
export async function startServiceForTest<C extends PlatformConfig>(
  options: ServiceUnderTestOptions<C>,
): Promise<ServiceUnderTest<C>> {
  const clock = options.clock ?? new FakeClock();
  const namespace = options.namespace ?? testNamespace();
  const database: TestDatabase | undefined = options.databaseName
    ? undefined
    : await createTestDatabase(`${options.service}_it`);
  const config = parseConfig(options.configSchema, {
    DATABASE_URL: process.env.DATABASE_URL,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_NAMESPACE: namespace,
    // a namespace per scenario: two partitions a topic keep a whole run's broker small
    KAFKA_TOPIC_PARTITIONS: '2',
    DATABASE_NAME: options.databaseName ?? database!.name,
    LOG_LEVEL: options.logLevel ?? 'info',
    ...options.env,
  });
  const logLines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write: (chunk, _enc, done) => (logLines.push(JSON.parse(String(chunk))), done()),
  });
  const logger = createServiceLogger({
    service: options.service,
    level: config.LOG_LEVEL,
    destination,
  });
  const moduleRef = await Test.createTestingModule({ imports: [options.appModule(config)] })
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createHttpAdapter(config) as FastifyAdapter,
    serviceAppOptions(logger),
  );
  prepareServiceApp(app, logger);
  await options.configure?.(config)(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  await app.get(EventConsumerHost).subscribed();
  const url = await app.getUrl();
  holdNamespace(namespace);
  return {
    app,
    url,
    config,
    clock,
    namespace,
    dataSource: app.get(DataSource),
    logLines,
    http: httpClient(url),
    stop: async () => {
      await app.close();
      await database?.drop();
      await releaseNamespace(namespace, config.KAFKA_BROKERS);
    },
  };
}

// The services of a scenario share a namespace; its topics are deleted when the last of them
// stops, so a long test run does not pile up partitions on the broker.
const running = new Map<string, number>();

function holdNamespace(namespace: string): void {
  running.set(namespace, (running.get(namespace) ?? 0) + 1);
}

async function releaseNamespace(namespace: string, brokers: string[]): Promise<void> {
  const left = (running.get(namespace) ?? 1) - 1;
  if (left > 0) return void running.set(namespace, left);
  running.delete(namespace);
  const kafka = new KafkaClient({ brokers, clientId: 'test-cleanup' });
  try {
    const admin = await kafka.adminClient();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } catch {
    // a broker that is gone already has nothing to clean up; never fail a test for it
  } finally {
    await kafka.disconnect();
  }
}
