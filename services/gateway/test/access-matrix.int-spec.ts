import { ROLES, Role } from '../src/users/roles';
import { Expectation, HQ, MATRIX } from './matrix';
import { declaredRoutes } from './declared-routes';
import { bootGateway, closeGateways, Gateway, signIn } from './gateway.fixture';
import { Answer, openApiContract, OpenApiDocument } from './openapi-contract';
import { DownstreamStubs, startDownstreamStubs } from './stubs';
import { SseStream } from './sse-client';

let stubs: DownstreamStubs;
afterAll(async () => {
  await closeGateways();
  await stubs.stop();
});

// Records of the stubs: `sh-…` are SH01's, `gz-…` GZ01's.
const BRANCH = { own: 'SH01', other: 'GZ01' } as const;
const RECORD = { own: 'sh-1', other: 'gz-1' } as const;

/** Staff accounts of each branch, for the admin routes. */
interface Targets {
  own: string;
  other: string;
}

/** A route's answer; a stream is opened and closed again, its events unread. */
async function answerOf(
  gateway: Gateway,
  expectation: Expectation,
  request: ReturnType<Expectation['request']>,
  token?: string,
): Promise<Answer> {
  if (!expectation.stream) {
    const { status, headers, body } = await gateway.call(request.method, request.path, {
      token,
      body: request.body,
    });
    const contentType = headers.get('content-type') ?? undefined;
    // a file's bytes are not JSON: its status and content type are what the document says
    if (expectation.file && status < 400) return { status, contentType, bodyUnread: true };
    return { status, contentType, body };
  }
  const stream = await SseStream.open(
    `${gateway.url}${request.path}`,
    token ? { authorization: `Bearer ${token}` } : {},
  );
  await stream.close();
  const contentType = stream.headers.get('content-type') ?? undefined;
  return stream.body === undefined
    ? { status: stream.status, contentType, bodyUnread: true }
    : { status: stream.status, contentType, body: JSON.parse(stream.body) };
}

describe('R41 authorisation', () => {
  let gateway: Gateway;
  const tokens = new Map<Role, string>();
  let targets: Targets;
  let violations: ReturnType<typeof openApiContract>;

  beforeAll(async () => {
    stubs = await startDownstreamStubs();
    gateway = await bootGateway(stubs.env);
    for (const role of ROLES) tokens.set(role, (await signIn(gateway, role)).accessToken);
    // Branch staff work in SH01 (demo data); the records are an SH01 and a GZ01 account of
    // their own, not callers': revoke-sessions on a caller would end the token it calls with.
    const own = await gateway.call('POST', '/api/v1/admin/users', {
      token: tokens.get('admin'),
      body: {
        username: 'sh-agent',
        displayName: 'SH agent',
        role: 'agent',
        branchCode: 'SH01',
        password: 'a-long-password-1',
      },
    });
    const other = await gateway.call('POST', '/api/v1/admin/users', {
      token: tokens.get('admin'),
      body: {
        username: 'gz-agent',
        displayName: 'GZ agent',
        role: 'agent',
        branchCode: 'GZ01',
        password: 'a-long-password-1',
      },
    });
    targets = { own: own.body.id, other: other.body.id };
    violations = openApiContract(
      (await gateway.call('GET', '/api/openapi.json')).body as OpenApiDocument,
    );
  });

  it('every route declares its roles, and the matrix below covers exactly those routes', () => {
    const routes = declaredRoutes(gateway.app);
    expect(routes.filter((r) => r.policy === undefined).map((r) => r.route)).toEqual([]);
    expect(routes.map((r) => r.route)).toEqual(
      Object.keys(MATRIX).sort((a, b) => a.localeCompare(b)),
    );
    for (const { route, policy } of routes) {
      const expected = MATRIX[route];
      if (expected.roles === 'public')
        expect({ route, policy }).toEqual({ route, policy: { kind: 'public' } });
      else
        expect({
          route,
          roles: policy?.kind === 'roles' ? [...policy.roles].sort() : policy,
        }).toEqual({ route, roles: [...expected.roles].sort() });
    }
  });

  it('every change route is audited, and every POST replays by Idempotency-Key first; reads carry neither', () => {
    const bound = declaredRoutes(gateway.app).map(({ route, interceptors }) => ({
      route,
      interceptors,
    }));
    const expected = bound.map(({ route }) => ({
      route,
      interceptors: route.startsWith('POST ')
        ? ['IdempotencyInterceptor', 'AuditInterceptor']
        : route.startsWith('GET ')
          ? []
          : ['AuditInterceptor'],
    }));
    expect(bound).toEqual(expected);
    expect(bound.filter(({ route }) => !route.startsWith('GET ')).length).toBeGreaterThan(5);
  });

  const cases = Object.entries(MATRIX).flatMap(([route, expectation]) =>
    ROLES.flatMap((role) =>
      (['own', 'other'] as const).map((branch) => ({ route, role, branch, expectation })),
    ),
  );

  it.each(cases)(
    '$route as $role on the $branch branch',
    async ({ route, role, branch, expectation }) => {
      const unique = Math.random().toString(36).slice(2, 10);
      const request = expectation.request({
        target: targets[branch],
        unique,
        branch: BRANCH[branch],
        record: RECORD[branch],
      });
      const answer = await answerOf(gateway, expectation, request, tokens.get(role));
      const allowed = expectation.roles === 'public' || expectation.roles.includes(role);
      const reachesBranch = !expectation.scoped || branch === 'own' || HQ.includes(role);
      const expected = !allowed ? 403 : reachesBranch ? expectation.success : 404;
      expect({ status: answer.status }).toEqual({ status: expected });
      // and the answer is what the published OpenAPI document says it is
      expect(violations(route, answer)).toEqual([]);
    },
  );

  it('every route but the public ones answers 401 without a token', async () => {
    for (const [route, expectation] of Object.entries(MATRIX)) {
      if (expectation.roles === 'public') continue;
      const request = expectation.request({
        target: targets.own,
        unique: 'anon0000',
        branch: BRANCH.own,
        record: RECORD.own,
      });
      const answer = await answerOf(gateway, expectation, request);
      expect({ route, status: answer.status, violations: violations(route, answer) }).toEqual({
        route,
        status: 401,
        violations: [],
      });
    }
  });

  it('a branch user sees only their branch in lists; HQ sees all', async () => {
    const asManager = await gateway.call('GET', '/api/v1/admin/users?limit=100', {
      token: tokens.get('branch-manager'),
    });
    expect(new Set(asManager.body.items.map((u: { branchCode: string }) => u.branchCode))).toEqual(
      new Set(['SH01']),
    );
    const asGm = await gateway.call('GET', '/api/v1/admin/users?limit=100', {
      token: tokens.get('general-manager'),
    });
    expect(asGm.body.items.map((u: { branchCode: string }) => u.branchCode)).toEqual(
      expect.arrayContaining(['SH01', 'GZ01', 'HQ']),
    );
  });

  it('another branch’s record is answered like a missing one, and the denial is audited', async () => {
    const response = await gateway.call('GET', `/api/v1/admin/users/${targets.other}`, {
      token: tokens.get('branch-manager'),
      headers: { 'x-correlation-id': 'scope-probe-1' },
    });
    const missing = await gateway.call(
      'GET',
      '/api/v1/admin/users/00000000-0000-4000-8000-000000000000',
      { token: tokens.get('branch-manager') },
    );
    expect(response.status).toBe(404);
    expect({ ...response.body, instance: 0, correlationId: 0 }).toEqual({
      ...missing.body,
      instance: 0,
      correlationId: 0,
    });
    const [row] = await gateway.dataSource.query(
      "SELECT * FROM audit_record WHERE correlation_id = 'scope-probe-1'",
    );
    expect(row).toMatchObject({
      outcome: 'denied',
      reason: 'other-branch',
      actor_role: 'branch-manager',
      actor_branch: 'SH01',
      target: targets.other,
      status: 404,
    });
  });
});
