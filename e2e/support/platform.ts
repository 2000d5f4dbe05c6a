import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PlatformConfig } from '@freight/platform';
import { FakeClock, ServiceUnderTest, startServiceForTest, testNamespace } from '@freight/testing';
import type { z } from 'zod';

// The whole platform in one test process, as `npm start` runs it but with one Kafka namespace
// and one FakeClock for every service: the end-to-end scenarios and the fuzz of every route
// through the gateway boot it. Each service is found by its folder (services/<name>), its
// config schema (`<name>ConfigSchema`) and `AppModule.register(config)`.
const root = path.resolve(__dirname, '../..');
const SERVICES_BEHIND_THE_GATEWAY = [
  'scheduler',
  'order',
  'tracking',
  'complaint',
  'billing',
  'warehouse',
  'planning',
];

export const E2E_DEMO_PASSWORD = `e2e-${randomBytes(6).toString('hex')}`;

export interface PlatformUnderTest {
  gateway: ServiceUnderTest<PlatformConfig>;
  services: Record<string, ServiceUnderTest<PlatformConfig>>;
  clock: FakeClock;
  namespace: string;
  stop(): Promise<void>;
}

function serviceModule(name: string) {
  /* eslint-disable @typescript-eslint/no-require-imports -- each service by its folder name */
  const config = require(path.join(root, 'services', name, 'src/config')) as Record<
    string,
    unknown
  >;
  const app = require(path.join(root, 'services', name, 'src/app.module')) as {
    AppModule: { register(config: PlatformConfig): DynamicModule };
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const schema = Object.entries(config).find(([key]) => key.endsWith('ConfigSchema'))?.[1];
  return { schema: schema as z.ZodType<PlatformConfig>, module: app.AppModule };
}

/**
 * Starts `services` (default: every service) and the gateway in front of them. `env` adds
 * variables per service (`{ tracking: { SMTP_URL } }`); every service gets DEMO_DATA=false
 * unless its env says otherwise, so a scenario sees only what it creates.
 */
export async function startPlatformForTest(
  options: {
    services?: string[];
    env?: Record<string, Record<string, string>>;
    clock?: FakeClock;
  } = {},
): Promise<PlatformUnderTest> {
  const clock = options.clock ?? new FakeClock(new Date());
  const namespace = testNamespace();
  const names = (options.services ?? SERVICES_BEHIND_THE_GATEWAY).filter((n) => n !== 'gateway');
  const services: Record<string, ServiceUnderTest<PlatformConfig>> = {};
  for (const name of names) {
    const { schema, module } = serviceModule(name);
    services[name] = await startServiceForTest({
      service: name,
      configSchema: schema,
      appModule: (config) => module.register(config),
      namespace,
      clock,
      env: { DEMO_DATA: 'false', DATABASE_POOL_SIZE: '4', ...options.env?.[name] },
    });
  }
  const { schema, module } = serviceModule('gateway');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the gateway's own set-up, as main.ts runs it
  const { configureGateway } = require(path.join(root, 'services/gateway/src/gateway.setup')) as {
    configureGateway: (config: PlatformConfig) => (app: NestFastifyApplication) => Promise<void>;
  };
  const urls = Object.fromEntries(
    Object.entries(services).map(([name, service]) => [`${name.toUpperCase()}_URL`, service.url]),
  );
  const gateway = await startServiceForTest({
    service: 'gateway',
    configSchema: schema,
    appModule: (config) => module.register(config),
    configure: (config) => configureGateway(config),
    namespace,
    clock,
    env: {
      DEMO_DATA: 'true',
      DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      DATABASE_POOL_SIZE: '4',
      JWT_SECRET: `e2e-secret-${randomBytes(16).toString('hex')}`,
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_PER_USER: '1000000',
      ...urls,
      ...options.env?.gateway,
    },
  });
  return {
    gateway,
    services,
    clock,
    namespace,
    stop: async () => {
      await gateway.stop();
      for (const service of Object.values(services)) await service.stop();
    },
  };
}

/** A bearer token of a demo user (named after their role). */
export async function signInAs(
  platform: PlatformUnderTest,
  username: string,
  password = E2E_DEMO_PASSWORD,
) {
  const answer = await platform.gateway.http('POST', '/api/v1/auth/login', {
    body: { username, password },
  });
  if (answer.status !== 200)
    throw new Error(`sign-in of ${username}: ${answer.status} ${answer.text}`);
  return answer.body.accessToken as string;
}
