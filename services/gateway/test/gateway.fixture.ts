import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, createServiceLogger, parseConfig } from '@freight/platform';
import { uniqueGroup, uniqueTopic, waitFor } from '@freight/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { gatewayConfigSchema, SERVICE } from '../src/config';
import { configureGateway } from '../src/gateway.setup';

export const serverUrl = (): string => process.env.DATABASE_URL!;
export const JWT_SECRET = `it-secret-${randomBytes(16).toString('hex')}`;
export const DEMO_PASSWORD = `it-${randomBytes(6).toString('hex')}`;

const databases: string[] = [];
// The live stream's consumer (decision 0021) reads a topic of this test file only, so gateways
// under test neither share a group with other files nor read the real escalations of others.
const LIVE_TOPIC = uniqueTopic('gateway-it.escalations');
const LIVE_GROUP = uniqueGroup('gateway-it.live');
const apps: NestFastifyApplication[] = [];

export function freshDatabaseName(): string {
  const name = `gateway_it_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  databases.push(name);
  return name;
}

export type Gateway = Awaited<ReturnType<typeof bootGateway>>;

/** The real gateway on a random port, own database, demo users; high limits unless overridden. */
export async function bootGateway(env: Record<string, string> = {}) {
  const config = parseConfig(gatewayConfigSchema, {
    DATABASE_URL: serverUrl(),
    DATABASE_NAME: freshDatabaseName(),
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    DEMO_DATA: 'true',
    DEMO_PASSWORD,
    JWT_SECRET,
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_PER_USER: '100000',
    LIVE_ESCALATIONS_TOPIC: LIVE_TOPIC,
    LIVE_CONSUMER_GROUP: LIVE_GROUP,
    ...env,
  });
  const logLines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write: (chunk, _enc, done) => (logLines.push(JSON.parse(String(chunk))), done()),
  });
  const logger = createServiceLogger({ service: SERVICE, level: 'info', destination });
  const { app } = await createServiceApp(AppModule.register(config), {
    service: SERVICE,
    config,
    logger,
    configure: configureGateway(config),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  apps.push(app);
  // The live consumer joins its group in the background; closing the app before it has joined
  // would leave kafkajs connecting after the test (a handle that keeps Jest from exiting).
  await waitFor(() => logLines.some((l) => String(l.msg).includes(`consumer group ${config.LIVE_CONSUMER_GROUP} subscribed`)), {
    timeoutMs: 60_000, description: 'the live consumer has joined its group',
  });
  const url = await app.getUrl();
  return { app, url, config, logLines, dataSource: app.get(DataSource), call: caller(url) };
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** fetch against the gateway, JSON in and out. */
function caller(base: string) {
  return async (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    return { status: response.status, headers: response.headers, body: body as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

export async function signIn(gateway: Gateway, username: string, password = DEMO_PASSWORD) {
  const response = await gateway.call('POST', '/api/v1/auth/login', { body: { username, password } });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { accessToken: string; refreshToken: string; expiresIn: number };
}

/**
 * A sign-in sent from `address`: any 127.x.y.z is this machine's loopback on Linux, and binding
 * the client's socket to one is how a test plays a caller on another address (request.ip).
 */
export function loginFrom(gateway: Gateway, address: string, username: string, password: string) {
  const body = JSON.stringify({ username, password });
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Record<string, unknown> }>((resolve, reject) => {
    const request = http.request(
      `${gateway.url}/api/v1/auth/login`,
      { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function closeGateways(): Promise<void> {
  for (const app of apps.splice(0)) await app.close();
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  for (const name of databases.splice(0)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
