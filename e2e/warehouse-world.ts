import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  FakeClock,
  ServiceUnderTest,
  startServiceForTest,
  testNamespace,
  waitFor,
} from '@freight/testing';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';
import { AppModule as WarehouseModule } from '../services/warehouse/src/app.module';
import { warehouseConfigSchema } from '../services/warehouse/src/config';

// The warehouse's acceptance world (issue 24): the real warehouse service and the real gateway
// (and, for deadlines, the real scheduler) in-process on one Kafka namespace and one fake clock,
// on real Kafka and Postgres (KAFKA_BROKERS, DATABASE_URL). Tests act as the demo user of each
// role, through the gateway, as people would.

const DEMO_PASSWORD = `wh-${randomBytes(6).toString('hex')}`;

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read what they expect
  body: any;
  text: string;
  headers: Headers;
}

export interface WarehouseWorld {
  clock: FakeClock;
  warehouse: ServiceUnderTest<ReturnType<typeof warehouseConfigSchema.parse>>;
  gateway: ServiceUnderTest<ReturnType<typeof gatewayConfigSchema.parse>>;
  scheduler?: ServiceUnderTest<ReturnType<typeof schedulerConfigSchema.parse>>;
  /** requests through the gateway as the demo user of `role` */
  as(role: string): {
    get(path: string): Promise<Answer>;
    post(path: string, body?: unknown): Promise<Answer>;
    put(path: string, body: unknown): Promise<Answer>;
    /** a file (PDF, XLSX, CSV): its status, content type and bytes */
    file(path: string): Promise<{ status: number; contentType: string; bytes: Buffer }>;
  };
  stop(): Promise<void>;
}

export async function startWarehouseWorld(
  options: { scheduler?: boolean; start?: string } = {},
): Promise<WarehouseWorld> {
  const namespace = testNamespace();
  const clock = new FakeClock(options.start ?? '2025-03-10T02:00:00Z');
  const warehouse = await startServiceForTest({
    service: 'warehouse',
    configSchema: warehouseConfigSchema,
    appModule: (c) => WarehouseModule.register(c),
    namespace,
    clock,
    logLevel: 'warn',
  });
  const scheduler = options.scheduler
    ? await startServiceForTest({
        service: 'scheduler',
        configSchema: schedulerConfigSchema,
        appModule: (c) => SchedulerModule.register(c),
        namespace,
        clock,
        env: { DEMO_DATA: 'true', DEADLINE_POLL_MS: '50' },
        logLevel: 'warn',
      })
    : undefined;
  const gateway = await startServiceForTest({
    service: 'gateway',
    configSchema: gatewayConfigSchema,
    appModule: (c) => GatewayModule.register(c),
    configure: (c) => configureGateway(c),
    namespace,
    clock,
    logLevel: 'warn',
    env: {
      WAREHOUSE_URL: warehouse.url,
      ...(scheduler ? { SCHEDULER_URL: scheduler.url } : {}),
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      JWT_SECRET: `wh-secret-${randomBytes(16).toString('hex')}`,
      RATE_LIMIT_PER_IP: '100000',
      RATE_LIMIT_PER_USER: '100000',
    },
  });

  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (role: string) => {
    if (!tokens.has(role))
      tokens.set(
        role,
        gateway
          .http('POST', '/api/v1/auth/login', { body: { username: role, password: DEMO_PASSWORD } })
          .then((r) => {
            if (r.status !== 200) throw new Error(`sign-in of ${role}: ${r.status} ${r.text}`);
            return r.body.accessToken as string;
          }),
      );
    return tokens.get(role)!;
  };
  const call = async (role: string, method: string, path: string, body?: unknown) =>
    gateway.http(method, `/api/v1${path}`, { token: await tokenOf(role), body });

  return {
    clock,
    warehouse,
    gateway,
    scheduler,
    as: (role) => ({
      get: (path) => call(role, 'GET', path),
      post: (path, body) => call(role, 'POST', path, body ?? {}),
      put: (path, body) => call(role, 'PUT', path, body),
      file: async (path) => {
        const response = await fetch(`${gateway.url}/api/v1${path}`, {
          headers: { authorization: `Bearer ${await tokenOf(role)}` },
        });
        return {
          status: response.status,
          contentType: response.headers.get('content-type') ?? '',
          bytes: Buffer.from(await response.arrayBuffer()),
        };
      },
    }),
    stop: async () => {
      await gateway.stop();
      await scheduler?.stop();
      await warehouse.stop();
    },
  };
}

/** Fails with the answer's problem when the status is not the one expected. */
export function expectStatus(answer: Answer, status: number): Answer {
  if (answer.status !== status)
    throw new Error(`expected ${status}, got ${answer.status}: ${answer.text.slice(0, 600)}`);
  return answer;
}

let sequence = 0;
/** An item code no other test uses. */
export const uniqueCode = (prefix: string) =>
  `${prefix}-${Date.now().toString(36).toUpperCase()}${(++sequence).toString(36).toUpperCase()}`;

/** An item in the catalogue, with finance's prices when given (R27, R30). */
export async function catalogueItem(
  world: WarehouseWorld,
  item: { code: string; category: string; name: string; specification?: string; unit?: string },
  prices?: { standardPriceMinor?: number; minimumPriceMinor?: number },
) {
  expectStatus(
    await world.as('warehouse-keeper').post('/items', { unit: 'pcs', specification: '', ...item }),
    201,
  );
  if (prices)
    expectStatus(await world.as('finance').put(`/items/${item.code}/prices`, prices), 200);
}

/** The stock card of an item in SH01 (quantity 0 when it never moved). */
export async function cardOf(world: WarehouseWorld, itemCode: string) {
  const answer = expectStatus(
    await world.as('warehouse-keeper').get(`/stock?itemCode=${itemCode}`),
    200,
  );
  return answer.body.items[0] ?? { quantity: 0, valueMinor: 0 };
}

/** The warehouse events on Kafka, as the outbox relay published them. */
export async function outboxEvents(world: WarehouseWorld, type: string) {
  return waitFor(async () => {
    const rows: { envelope: { data: Record<string, unknown> } }[] =
      await world.warehouse.dataSource.query(
        "SELECT envelope FROM outbox WHERE envelope->>'type' = $1 ORDER BY id",
        [type],
      );
    return rows.map((r) => r.envelope.data);
  });
}

/** The text of a PDF as a reader sees it (poppler's pdftotext), whitespace removed. */
export function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wh-pdf-')), 'file.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
