import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { DataSource } from 'typeorm';
import { OPENAPI_PATHS } from '../src/openapi/openapi.setup';
import { verifyPassword } from '../src/users/password-hash';
import { ROLES } from '../src/users/roles';
import {
  bootGateway,
  closeGateways,
  DEMO_PASSWORD,
  freshDatabaseName,
  Gateway,
} from './gateway.fixture';
import { openApiAjv } from './openapi-contract';

async function deadUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

interface StoredUser {
  username: string;
  role: string;
  branch_code: string;
  password_hash: string;
}

const storedUsers = (dataSource: DataSource): Promise<StoredUser[]> =>
  dataSource.query(
    'SELECT username, role, branch_code, password_hash FROM app_user ORDER BY username',
  );

afterAll(closeGateways);

describe('gateway', () => {
  let gateway: Gateway;
  let order: http.Server;

  beforeAll(async () => {
    // a stand-in for a ready order service, to see the composed readiness report
    order = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
    );
    await new Promise<void>((resolve) => order.listen(0, '127.0.0.1', resolve));
    const others = await deadUrl();
    gateway = await bootGateway({
      DATABASE_NAME: freshDatabaseName(),
      DEMO_PASSWORD,
      ORDER_URL: `http://127.0.0.1:${(order.address() as net.AddressInfo).port}`,
      ...Object.fromEntries(
        ['TRACKING', 'COMPLAINT', 'BILLING', 'WAREHOUSE', 'SCHEDULER'].map((s) => [
          `${s}_URL`,
          others,
        ]),
      ),
    });
  });

  afterAll(() => new Promise((resolve) => order.close(resolve)));

  it('with no CORS allow-list (the default) answers no cross-origin request', async () => {
    const origin = 'https://elsewhere.test';
    const preflight = await fetch(`${gateway.url}/api/v1/auth/me`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(`${gateway.url}/health/live`, { headers: { origin } });
    expect(simple.status).toBe(200);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the Swagger UI at /api/docs, with every asset it loads', async () => {
    const page = await fetch(`${gateway.url}${OPENAPI_PATHS.ui}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(
      expect.arrayContaining(['./docs/swagger-ui-bundle.js', './docs/swagger-ui-init.js']),
    );
    for (const asset of assets) {
      const response = await fetch(new URL(asset, `${gateway.url}${OPENAPI_PATHS.ui}`));
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
    }
    const init = await (await fetch(`${gateway.url}${OPENAPI_PATHS.ui}/swagger-ui-init.js`)).text();
    expect(init).toContain('Freight customer-service API');
  });

  // The page's sign-in, sign-out and examples are tested in a real browser: docs-page.int-spec.ts.

  it('publishes the OpenAPI document with bearer auth declared', async () => {
    const response = await fetch(`${gateway.url}${OPENAPI_PATHS.json}`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      info: Record<string, unknown>;
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info).toMatchObject({
      title: 'Freight customer-service API',
      version: '1.0.0',
    });
    expect(document.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(Object.keys(document.paths)).toContain('/api/v1/meta/services');
    expect(Object.keys(document.paths)).not.toContain('/health/ready');
    // "Try it out" on sign-in starts from a demo user
    expect(document.paths['/api/v1/auth/login']).toMatchObject({
      post: {
        requestBody: {
          content: {
            'application/json': { schema: { properties: { username: { examples: ['agent'] } } } },
          },
        },
      },
    });
  });

  it('documents a forwarded route as fully as its own: the body, the answer, the roles and the scope', async () => {
    type Doc = { paths: Record<string, Record<string, Record<string, unknown>>> };
    const document = (await (await fetch(`${gateway.url}${OPENAPI_PATHS.json}`)).json()) as Doc;
    const create = document.paths['/api/v1/customers'].post;
    // the order service's own request schema (libs/contracts/src/http/order), with an example
    expect(create.requestBody).toMatchObject({
      content: {
        'application/json': {
          schema: { properties: { company: {}, contacts: {}, billingTerms: {} } },
        },
      },
    });
    expect(create.responses).toMatchObject({
      '201': { content: { 'application/json': { schema: { properties: { customerId: {} } } } } },
    });
    expect(create['x-roles']).toEqual(expect.arrayContaining(['agent', 'branch-manager']));
    const search = document.paths['/api/v1/customers'].get;
    expect(search.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'query', name: 'phone' })]),
    );
  });

  it("publishes an OpenAPI document that is valid by the 3.1 specification's own JSON Schema", async () => {
    const document: unknown = await (await fetch(`${gateway.url}${OPENAPI_PATHS.json}`)).json();
    const ajv = openApiAjv();
    ajv.addFormat('media-range', true); // used by the schema's content keys; not one of ajv's
    const schemaFile =
      require.resolve('@seriousme/openapi-schema-validator/schemas/v3.1/schema.json');
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    validate(document);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('documents what each operation answers: its success, and every error as problem+json', async () => {
    type Operation = {
      'x-roles'?: unknown;
      parameters?: { in: string; name: string }[];
      requestBody?: unknown;
      responses: Record<string, { content?: Record<string, unknown> }>;
    };
    const document = (await (await fetch(`${gateway.url}${OPENAPI_PATHS.json}`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.components.schemas.Problem).toBeDefined();
    const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );
    for (const { route, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect({ route, success: statuses.some((s) => s.startsWith('2')) }).toEqual({
        route,
        success: true,
      });
      for (const status of statuses.filter((s) => s.startsWith('4'))) {
        expect({ route, status, content: Object.keys(op.responses[status].content ?? {}) }).toEqual(
          { route, status, content: ['application/problem+json'] },
        );
      }
      const takesInput =
        op.requestBody !== undefined || (op.parameters ?? []).some((p) => p.in === 'query');
      if (takesInput)
        expect({ route, documents400: statuses.includes('400') }).toEqual({
          route,
          documents400: true,
        });
      if (op['x-roles'] !== 'public')
        expect({
          route,
          limits: statuses.filter((s) => ['401', '403', '429'].includes(s)),
        }).toEqual({ route, limits: ['401', '403', '429'] });
      if (route.startsWith('POST ') && op['x-roles'] !== 'public') {
        // every POST of a signed-in caller replays by Idempotency-Key (docs/api-conventions.md)
        expect({
          route,
          header: op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
          statuses: statuses.filter((s) => s === '409' || s === '422'),
        }).toEqual({ route, header: true, statuses: ['409', '422'] });
      }
    }
  });

  it('documents each operation with its roles and branch scope, and bearer auth (R41)', async () => {
    const document = (await (await fetch(`${gateway.url}${OPENAPI_PATHS.json}`)).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { 'x-roles'?: unknown; 'x-branch-scope'?: unknown; security?: unknown }>
      >;
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(10);
    // client generators and Swagger UI's deep links need one operationId per operation
    const ids = operations.map(({ op }) => (op as { operationId?: string }).operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { route, op } of operations) {
      expect({ route, roles: op['x-roles'] === 'public' || Array.isArray(op['x-roles']) }).toEqual({
        route,
        roles: true,
      });
      if (op['x-roles'] !== 'public')
        expect({ route, security: op.security }).toEqual({ route, security: [{ bearer: [] }] });
    }
    const audit = document.paths['/api/v1/audit'].get;
    expect(audit['x-roles']).toEqual(['admin', 'hq-service', 'general-manager']);
    expect(document.paths['/api/v1/auth/login'].post['x-roles']).toBe('public');
    // the live stream and the routes proxied to the scheduler declare theirs the same way
    expect(document.paths['/api/v1/live'].get).toMatchObject({
      'x-roles': [...ROLES],
      'x-branch-scope': 'branch',
    });
    expect(document.paths['/api/v1/live/tickets'].post['x-roles']).toEqual([...ROLES]);
    expect(document.paths['/api/v1/queues/{branch}/{role}'].get).toMatchObject({
      'x-roles': [...ROLES],
      'x-branch-scope': 'branch',
    });
    expect(document.paths['/api/v1/calendars/{code}'].put).toMatchObject({
      'x-roles': ['admin', 'branch-manager'],
      'x-branch-scope': 'branch',
    });
    expect(document.paths['/api/v1/deadlines/{id}/history'].get['x-branch-scope']).toBe('branch');
  });

  it('R41: seeds one demo user per role, named after it, with a verifiable scrypt hash', async () => {
    const users = await storedUsers(gateway.dataSource);
    expect(users.map((u) => u.role).sort()).toEqual([...ROLES].sort());
    for (const user of users) {
      expect(user.username).toBe(user.role);
      expect(user.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[^$]+\$[^$]+$/);
      await expect(verifyPassword(DEMO_PASSWORD, user.password_hash)).resolves.toBe(true);
      await expect(verifyPassword('not-the-password', user.password_hash)).resolves.toBe(false);
    }
    const inHq = users.filter((u) => u.branch_code === 'HQ').map((u) => u.role);
    expect(inHq.sort()).toEqual(['admin', 'general-manager', 'hq-service']);
    expect(users.filter((u) => u.branch_code === 'SH01')).toHaveLength(ROLES.length - 3);
    const branches = await gateway.dataSource.query(
      'SELECT code, time_zone FROM branch ORDER BY code',
    );
    expect(branches).toEqual([
      { code: 'GZ01', time_zone: 'Asia/Shanghai' },
      { code: 'HQ', time_zone: 'Asia/Shanghai' },
      { code: 'SH01', time_zone: 'Asia/Shanghai' },
      { code: 'WH01', time_zone: 'Asia/Shanghai' },
    ]);
  });

  it('reports the readiness of every service behind it, 503 while any is not ready', async () => {
    const login = await fetch(`${gateway.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hq-service', password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const response = await fetch(`${gateway.url}/api/v1/meta/services`, {
      headers: { 'x-correlation-id': 'gw-meta-1', authorization: `Bearer ${accessToken}` },
    });
    expect(response.status).toBe(503);
    const report = (await response.json()) as {
      ready: boolean;
      services: { name: string; ready: boolean; error?: string }[];
    };
    expect(report.ready).toBe(false);
    expect(report.services.map((s) => [s.name, s.ready])).toEqual([
      ['order', true],
      ['tracking', false],
      ['complaint', false],
      ['billing', false],
      ['warehouse', false],
      ['scheduler', false],
      ['planning', false],
    ]);
    expect(report.services[1].error).toBe('ECONNREFUSED');
  });

  it('stays ready while services behind it are down, and says which in /health/ready (decision 0024)', async () => {
    const response = await fetch(`${gateway.url}/health/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { details: Record<string, Record<string, unknown>> };
    expect(body.details.downstream).toMatchObject({
      status: 'up',
      degraded: true,
      notReady: ['tracking', 'complaint', 'billing', 'warehouse', 'scheduler', 'planning'],
    });
    expect(body.details.consumers).toMatchObject({ status: 'up' });
  });

  it('seeds again without duplicating users; a new DEMO_PASSWORD becomes their password, so the announced one signs in', async () => {
    const before = await storedUsers(gateway.dataSource);
    const again = await bootGateway({
      DATABASE_NAME: gateway.dataSource.driver.database!,
      DEMO_PASSWORD: 'another-password',
    });
    const after = await storedUsers(again.dataSource);
    const withoutHash = (users: StoredUser[]) =>
      users.map(({ password_hash: _hash, ...user }) => user);
    expect(withoutHash(after)).toEqual(withoutHash(before));
    for (const user of after)
      await expect(verifyPassword('another-password', user.password_hash)).resolves.toBe(true);
    expect(
      (
        await again.call('POST', '/api/v1/auth/login', {
          body: { username: 'agent', password: 'another-password' },
        })
      ).status,
    ).toBe(200);
  });
});

describe('gateway demo users without DEMO_PASSWORD', () => {
  it('get a generated password, logged once so a tester can sign in', async () => {
    // an empty value counts as unset
    const { dataSource, logLines } = await bootGateway({
      DATABASE_NAME: freshDatabaseName(),
      DEMO_PASSWORD: '',
    });
    const announcement = logLines.find((l: Record<string, unknown>) =>
      String(l.msg).startsWith('demo users created with generated password'),
    );
    const password = /generated password (\S+)/.exec(String(announcement?.msg))?.[1];
    expect(password).toBeDefined();
    const [agent] = (await storedUsers(dataSource)).filter((u) => u.username === 'agent');
    await expect(verifyPassword(password!, agent.password_hash)).resolves.toBe(true);

    // another start generates another password, which must not replace the announced one
    const again = await bootGateway({
      DATABASE_NAME: dataSource.driver.database!,
      DEMO_PASSWORD: '',
    });
    expect(await storedUsers(again.dataSource)).toEqual(await storedUsers(dataSource));
  });
});
