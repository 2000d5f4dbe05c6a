import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { HttpCall, startServiceForTest, testNamespace } from '@freight/testing';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { gatewayConfigSchema, SERVICE } from '../src/config';
import { configureGateway } from '../src/gateway.setup';

export const serverUrl = (): string => process.env.DATABASE_URL!;
export const JWT_SECRET = `it-secret-${randomBytes(16).toString('hex')}`;
export const DEMO_PASSWORD = `it-${randomBytes(6).toString('hex')}`;

const databases: string[] = [];
// One Kafka namespace per test file: its gateways' live consumers read only this file's topics.
export const NAMESPACE = testNamespace();
const running: { stop(): Promise<void> }[] = [];

export function freshDatabaseName(): string {
  const name = `gateway_it_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  databases.push(name);
  return name;
}

export type Gateway = Awaited<ReturnType<typeof bootGateway>>;
export type CallOptions = HttpCall;

/** The real gateway on a random port, own database, demo users; high limits unless overridden. */
export async function bootGateway(env: Record<string, string> = {}) {
  const gateway = await startServiceForTest({
    service: SERVICE,
    configSchema: gatewayConfigSchema,
    appModule: (config) => AppModule.register(config),
    configure: (config) => configureGateway(config),
    namespace: NAMESPACE,
    databaseName: env.DATABASE_NAME ?? freshDatabaseName(),
    env: {
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      JWT_SECRET,
      RATE_LIMIT_PER_IP: '100000',
      RATE_LIMIT_PER_USER: '100000',
      ...env,
    },
  });
  running.push(gateway);
  const { app, url, config, logLines, dataSource, http } = gateway;
  return { app, url, config, logLines, dataSource, call: http };
}

export async function signIn(gateway: Gateway, username: string, password = DEMO_PASSWORD) {
  const response = await gateway.call('POST', '/api/v1/auth/login', {
    body: { username, password },
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { accessToken: string; refreshToken: string; expiresIn: number };
}

/**
 * A sign-in sent from `address`: any 127.x.y.z is this machine's loopback on Linux, and binding
 * the client's socket to one is how a test plays a caller on another address (request.ip).
 */
export function loginFrom(gateway: Gateway, address: string, username: string, password: string) {
  const body = JSON.stringify({ username, password });
  return new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    body: Record<string, unknown>;
  }>((resolve, reject) => {
    const request = http.request(
      `${gateway.url}/api/v1/auth/login`,
      {
        method: 'POST',
        localAddress: address,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: JSON.parse(text),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function closeGateways(): Promise<void> {
  for (const gateway of running.splice(0)) await gateway.stop();
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  for (const name of databases.splice(0))
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
