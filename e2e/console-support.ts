import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FakeClock, startServiceForTest, testNamespace } from '@freight/testing';
import type { Page } from 'playwright-core';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';

// What the console's browser tests share (e2e/console-*.e2e-spec.ts): the built console, the
// real gateway serving it with the real scheduler behind it (one fake clock), sign-in in a page.

const root = join(__dirname, '..');
export const CONSOLE_DIST = join(root, 'apps', 'console', 'dist');
export const ARTEFACTS = join(root, '.local', 'test-results');
export const SCREENSHOTS = join(ARTEFACTS, 'screenshots');
export const DEMO_PASSWORD = `e2e-${randomBytes(6).toString('hex')}`;

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}

/** Builds apps/console/dist (scripts/build.js, as npm start does) unless it is newer than its sources. */
export function ensureConsoleBuilt(): void {
  const app = join(root, 'apps', 'console');
  const index = join(CONSOLE_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(app, p));
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources.map(newestIn))) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../scripts/build') as { buildConsole(): void }).buildConsole();
}

export type Platform = Awaited<ReturnType<typeof startPlatform>>;

/** The scheduler and the gateway in-process on one Kafka namespace and one clock (set to now). */
export async function startPlatform(env: Record<string, string> = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const namespace = testNamespace();
  const clock = new FakeClock(new Date());
  const scheduler = await startServiceForTest({
    service: 'scheduler',
    configSchema: schedulerConfigSchema,
    appModule: (c) => SchedulerModule.register(c),
    namespace,
    clock,
    env: { DEADLINE_POLL_MS: '200' },
  });
  const gateway = await startServiceForTest({
    service: 'gateway',
    configSchema: gatewayConfigSchema,
    appModule: (c) => GatewayModule.register(c),
    configure: (c) => configureGateway(c),
    namespace,
    clock,
    env: {
      SCHEDULER_URL: scheduler.url,
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      JWT_SECRET: `e2e-secret-${randomBytes(16).toString('hex')}`,
      CONSOLE_DIR: CONSOLE_DIST,
      RATE_LIMIT_PER_IP: '100000',
      RATE_LIMIT_PER_USER: '100000',
      ...env,
    },
  });
  return {
    clock,
    scheduler,
    gateway,
    consoleUrl: `${gateway.url}/console/`,
    stop: async () => {
      await gateway.stop();
      await scheduler.stop();
    },
  };
}

/** Signs `username` in through the console's sign-in page and waits for their home. */
export async function signInOnPage(page: Page, platform: Platform, username: string) {
  // forget the last user's session on a page of the same origin where the console is not running
  await page.goto(`${platform.gateway.url}/health/live`);
  await page.evaluate('localStorage.clear(); sessionStorage.clear()');
  await page.goto(`${platform.consoleUrl}sign-in`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-home]').waitFor();
}

/** Arms a deadline on the scheduler, as a service would (its internal HTTP API). */
export async function armDeadline(
  platform: Platform,
  options: {
    id: string;
    dueInMs: number;
    ladder: { level: number; role: string; after: string }[];
  },
) {
  const response = await platform.scheduler.http('POST', '/deadlines', {
    body: {
      deadlineId: `complaint:${options.id}:reply`,
      rule: 'R17',
      subject: { type: 'complaint', id: options.id, branch: 'SH01' },
      due: {
        kind: 'at',
        dueAt: new Date(platform.clock.now().getTime() + options.dueInMs).toISOString(),
      },
      ladder: options.ladder,
      payload: { e2e: true },
    },
  });
  if (response.status !== 201) throw new Error(`arm ${options.id}: ${response.status}`);
  return (response.body as { id: string }).id;
}
