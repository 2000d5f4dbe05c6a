import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { waitFor } from '@freight/testing';
import { Client } from 'pg';
import { messagingMigrations } from '@freight/messaging';
import { DataSource } from 'typeorm';
import {
  closeOnSignals,
  createServiceApp,
  createServiceLogger,
  ensureDatabase,
  HEALTH_PATHS,
  METRICS_PATH,
  parseConfig,
  platformConfigSchema,
} from '../src';
import { gate, InFlightGate, TinyAppModule } from './tiny-app.fixture';

const messagingMigrationNames = messagingMigrations.map((Migration) => new Migration().name);

const serverUrl = process.env.DATABASE_URL!;
const brokers = process.env.KAFKA_BROKERS!;
const createdDatabases: string[] = [];

function uniqueDatabaseName(): string {
  const name = `platform_it_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  createdDatabases.push(name);
  return name;
}

async function onServer<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A port nothing listens on: bound, then released. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Booted {
  app: NestFastifyApplication;
  url: string;
  logLines: Record<string, unknown>[];
}

async function boot(env: Record<string, string>): Promise<Booted> {
  const config = parseConfig(platformConfigSchema({ service: 'tiny', port: 0 }), {
    DATABASE_URL: serverUrl,
    KAFKA_BROKERS: brokers,
    HOST: '127.0.0.1',
    DEMO_DATA: 'true',
    ...env,
  });
  const logLines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write: (chunk, _enc, done) => (logLines.push(JSON.parse(String(chunk))), done()),
  });
  const logger = createServiceLogger({ service: 'tiny', level: 'debug', destination });
  const { app } = await createServiceApp(TinyAppModule.register(config), {
    service: 'tiny',
    config,
    logger,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: await app.getUrl(), logLines };
}

describe('a service booted through the platform', () => {
  let tiny: Booted;
  let databaseName: string;

  beforeAll(async () => {
    databaseName = uniqueDatabaseName();
    tiny = await boot({ DATABASE_NAME: databaseName });
  });

  afterAll(async () => {
    await tiny?.app.close();
    for (const name of createdDatabases)
      await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('creates its database, runs its migrations and seeds its demo data', async () => {
    expect(
      await onServer('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]),
    ).toHaveLength(1);
    const response = await fetch(`${tiny.url}/consignment-notes`);
    expect(await response.json()).toEqual([
      { waybillNo: 'SH01-DEMO-1', consignee: 'Pearl River Electronics' },
    ]);
    const migrated = tiny.app.get(DataSource);
    // every service's database also holds the messaging tables (outbox, inbox), migrated first
    expect(await migrated.query('SELECT name FROM migrations ORDER BY id')).toEqual([
      ...messagingMigrationNames.map((name) => ({ name })),
      { name: 'CreateConsignmentNote1795651200000' },
    ]);
  });

  it('is live', async () => {
    const response = await fetch(`${tiny.url}${HEALTH_PATHS.live}`);
    expect(response.status).toBe(200);
  });

  it('is ready once its database and Kafka answer', async () => {
    const body = await waitFor(
      async () => {
        const response = await fetch(`${tiny.url}${HEALTH_PATHS.ready}`);
        return response.status === 200 && ((await response.json()) as Record<string, unknown>);
      },
      { timeoutMs: 60_000, description: '/health/ready = 200' },
    );
    expect(body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, kafka: { status: 'up' } },
    });
  });

  it('echoes the caller’s correlation id and logs the request with it', async () => {
    const response = await fetch(`${tiny.url}/consignment-notes`, {
      headers: { 'x-correlation-id': 'it-corr-1' },
    });
    expect(response.headers.get('x-correlation-id')).toBe('it-corr-1');
    await waitFor(
      () => tiny.logLines.find((l) => l.msg === 'request' && l.correlationId === 'it-corr-1'),
      {
        description: 'the request line',
      },
    );
    const line = tiny.logLines.find((l) => l.correlationId === 'it-corr-1');
    expect(line).toMatchObject({
      service: 'tiny',
      method: 'GET',
      url: '/consignment-notes',
      status: 200,
    });
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await fetch(`${tiny.url}/consignment-notes`);
    const response = await fetch(`${tiny.url}${METRICS_PATH}`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(
      /http_request_duration_seconds_count\{service="tiny",method="GET",route="\/consignment-notes",status_code="200"\} \d+/,
    );
  });

  it('reports 503 naming Kafka when its brokers do not answer, while the database is fine', async () => {
    const cut = await boot({
      DATABASE_NAME: databaseName,
      KAFKA_BROKERS: `127.0.0.1:${await deadPort()}`,
    });
    try {
      const response = await fetch(`${cut.url}${HEALTH_PATHS.ready}`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'error',
        error: { kafka: { status: 'down' } },
        info: { database: { status: 'up' } },
      });
    } finally {
      await cut.app.close();
    }
  });

  it('on SIGTERM finishes the request in flight, turns new ones away, closes the database and exits 0', async () => {
    const draining = await boot({ DATABASE_NAME: databaseName });
    gate.current = new InFlightGate();
    const exit = jest.fn();
    const release = closeOnSignals(draining.app, {
      timeoutMs: 10_000,
      logger: createServiceLogger({ service: 'tiny', level: 'silent' }),
      signals: ['SIGUSR2'],
      exit,
    });
    try {
      const inFlight = fetch(`${draining.url}/consignment-notes/slow`);
      await waitFor(() => gate.current.entered, { description: 'the slow request to start' });
      process.emit('SIGUSR2', 'SIGUSR2');
      const turnedAway = await fetch(`${draining.url}${HEALTH_PATHS.live}`).then(
        (r) => r.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(turnedAway);
      gate.current.open();
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(await finished.json()).toEqual({ finished: true });
      await waitFor(() => exit.mock.calls.length > 0, { description: 'exit' });
      expect(exit).toHaveBeenCalledWith(0);
      expect(draining.app.get(DataSource).isInitialized).toBe(false);
    } finally {
      release();
    }
  });

  it('lets replicas start together on a new database: created once, migrated once', async () => {
    const name = uniqueDatabaseName();
    const created = await Promise.all([1, 2, 3].map(() => ensureDatabase(serverUrl, name)));
    expect(created.filter(Boolean)).toHaveLength(1);

    const fresh = uniqueDatabaseName();
    const replicas = await Promise.all([
      boot({ DATABASE_NAME: fresh }),
      boot({ DATABASE_NAME: fresh }),
    ]);
    try {
      const migrations = await replicas[0].app.get(DataSource).query('SELECT name FROM migrations');
      // the messaging ones and the service's own — each once
      expect(migrations).toHaveLength(messagingMigrationNames.length + 1);
    } finally {
      await Promise.all(replicas.map((r) => r.app.close()));
    }
  });
});
