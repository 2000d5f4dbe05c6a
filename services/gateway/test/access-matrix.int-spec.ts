import { ROLES, Role } from '../src/users/roles';
import { declaredRoutes } from './declared-routes';
import { bootGateway, closeGateways, Gateway, signIn } from './gateway.fixture';
import { Answer, openApiContract, OpenApiDocument } from './openapi-contract';
import { SchedulerStub } from './scheduler-stub';
import { SseStream } from './sse-client';

const scheduler = new SchedulerStub();
afterAll(async () => {
  await closeGateways();
  await scheduler.stop();
});

const ALL = ROLES;
const HQ: readonly Role[] = ['hq-service', 'general-manager', 'admin'];

interface Targets {
  own: string;
  other: string;
}
// Records of the scheduler stub: `sh-…` deadlines are SH01's, `gz-…` GZ01's.
const BRANCH = { own: 'SH01', other: 'GZ01' } as const;
const DEADLINE = { own: 'sh-1', other: 'gz-1' } as const;

interface Expectation {
  /** roles that get `success`; every other role gets 403 */
  roles: readonly Role[] | 'public';
  /** branch-scoped: a branch user reaching another branch's record gets 404 */
  scoped: boolean;
  success: number;
  /** text/event-stream: only the status is read, then the stream is closed */
  stream?: boolean;
  request: (t: { target: string; unique: string; branch: string; deadline: string }) => { method: string; path: string; body?: unknown };
}
const calendar = { name: 'Branch calendar', timeZone: 'Asia/Shanghai', weeklyHours: {}, holidays: [], extraWorkingDays: [] };

/**
 * R41, written down independently of the code: who may call each route. A route the app has
 * and this table lacks (or the other way round) fails the first test, so a new route cannot
 * ship without a decision here.
 */
const MATRIX: Record<string, Expectation> = {
  'GET /api/v1/auth/me': { roles: ALL, scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/auth/me' }) },
  'POST /api/v1/auth/login': { roles: 'public', scoped: false, success: 401, request: () => ({ method: 'POST', path: '/api/v1/auth/login', body: { username: 'x', password: 'y' } }) },
  'POST /api/v1/auth/refresh': { roles: 'public', scoped: false, success: 401, request: () => ({ method: 'POST', path: '/api/v1/auth/refresh', body: { refreshToken: 'unknown' } }) },
  'POST /api/v1/auth/logout': { roles: 'public', scoped: false, success: 204, request: () => ({ method: 'POST', path: '/api/v1/auth/logout', body: { refreshToken: 'unknown' } }) },
  'GET /api/v1/audit': { roles: HQ, scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/audit?limit=1' }) },
  'GET /api/v1/meta/services': { roles: HQ, scoped: false, success: 503, request: () => ({ method: 'GET', path: '/api/v1/meta/services' }) },
  'GET /api/v1/admin/branches': { roles: ALL, scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/admin/branches' }) },
  'POST /api/v1/admin/branches': { roles: ['admin'], scoped: false, success: 201, request: ({ unique }) => ({ method: 'POST', path: '/api/v1/admin/branches', body: { code: `B${unique.slice(0, 6).toUpperCase()}`, name: 'Test branch', timeZone: 'Asia/Shanghai' } }) },
  'GET /api/v1/admin/roles': { roles: ['admin', 'branch-manager', 'general-manager'], scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/admin/roles' }) },
  'GET /api/v1/admin/users': { roles: ['admin', 'branch-manager', 'general-manager'], scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/admin/users' }) },
  'POST /api/v1/admin/users': { roles: ['admin'], scoped: false, success: 201, request: ({ unique }) => ({ method: 'POST', path: '/api/v1/admin/users', body: { username: `u-${unique}`, displayName: 'New', role: 'agent', branchCode: 'GZ01', password: 'a-long-password-1' } }) },
  'GET /api/v1/admin/users/:id': { roles: ['admin', 'branch-manager', 'general-manager'], scoped: true, success: 200, request: ({ target }) => ({ method: 'GET', path: `/api/v1/admin/users/${target}` }) },
  'PATCH /api/v1/admin/users/:id': { roles: ['admin'], scoped: true, success: 200, request: ({ target }) => ({ method: 'PATCH', path: `/api/v1/admin/users/${target}`, body: { displayName: 'Renamed' } }) },
  'POST /api/v1/admin/users/:id/unlock': { roles: ['admin', 'branch-manager'], scoped: true, success: 200, request: ({ target }) => ({ method: 'POST', path: `/api/v1/admin/users/${target}/unlock` }) },
  'POST /api/v1/admin/users/:id/revoke-sessions': { roles: ['admin', 'branch-manager'], scoped: true, success: 200, request: ({ target }) => ({ method: 'POST', path: `/api/v1/admin/users/${target}/revoke-sessions` }) },
  // live escalations (decision 0021): every role, each gets its own role's and branch's events
  'GET /api/v1/live': { roles: ALL, scoped: false, success: 200, stream: true, request: () => ({ method: 'GET', path: '/api/v1/live' }) },
  'POST /api/v1/live/tickets': { roles: ALL, scoped: false, success: 201, request: () => ({ method: 'POST', path: '/api/v1/live/tickets' }) },
  // proxied to the scheduler (src/proxy/proxied-routes.ts); lists leave other branches out instead of 404
  'GET /api/v1/deadlines': { roles: ALL, scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/deadlines?subjectType=complaint&subjectId=C-1' }) },
  'GET /api/v1/deadlines/:id': { roles: ALL, scoped: true, success: 200, request: ({ deadline }) => ({ method: 'GET', path: `/api/v1/deadlines/${deadline}` }) },
  'GET /api/v1/deadlines/:id/history': { roles: ALL, scoped: true, success: 200, request: ({ deadline }) => ({ method: 'GET', path: `/api/v1/deadlines/${deadline}/history` }) },
  'GET /api/v1/queues/:branch/:role': { roles: ALL, scoped: true, success: 200, request: ({ branch }) => ({ method: 'GET', path: `/api/v1/queues/${branch}/agent` }) },
  'GET /api/v1/calendars': { roles: ALL, scoped: false, success: 200, request: () => ({ method: 'GET', path: '/api/v1/calendars' }) },
  'GET /api/v1/calendars/:code': { roles: ALL, scoped: false, success: 200, request: ({ branch }) => ({ method: 'GET', path: `/api/v1/calendars/${branch}` }) },
  'POST /api/v1/calendars': { roles: ['admin', 'branch-manager'], scoped: true, success: 201, request: ({ branch }) => ({ method: 'POST', path: '/api/v1/calendars', body: { code: branch, ...calendar } }) },
  'PUT /api/v1/calendars/:code': { roles: ['admin', 'branch-manager'], scoped: true, success: 200, request: ({ branch }) => ({ method: 'PUT', path: `/api/v1/calendars/${branch}`, body: calendar }) },
};

/** A route's answer; a stream is opened and closed again, its events unread. */
async function answerOf(gateway: Gateway, expectation: Expectation, request: ReturnType<Expectation['request']>, token?: string): Promise<Answer> {
  if (!expectation.stream) {
    const { status, headers, body } = await gateway.call(request.method, request.path, { token, body: request.body });
    return { status, contentType: headers.get('content-type') ?? undefined, body };
  }
  const stream = await SseStream.open(`${gateway.url}${request.path}`, token ? { authorization: `Bearer ${token}` } : {});
  await stream.close();
  const contentType = stream.headers.get('content-type') ?? undefined;
  return stream.body === undefined ? { status: stream.status, contentType, bodyUnread: true } : { status: stream.status, contentType, body: JSON.parse(stream.body) };
}

describe('R41 authorisation', () => {
  let gateway: Gateway;
  const tokens = new Map<Role, string>();
  let targets: Targets;
  let violations: ReturnType<typeof openApiContract>;

  beforeAll(async () => {
    await scheduler.start();
    gateway = await bootGateway({ SCHEDULER_URL: scheduler.url });
    for (const role of ROLES) tokens.set(role, (await signIn(gateway, role)).accessToken);
    // Branch staff work in SH01 (demo data); the records are an SH01 and a GZ01 account of
    // their own, not callers': revoke-sessions on a caller would end the token it calls with.
    const own = await gateway.call('POST', '/api/v1/admin/users', {
      token: tokens.get('admin'),
      body: { username: 'sh-agent', displayName: 'SH agent', role: 'agent', branchCode: 'SH01', password: 'a-long-password-1' },
    });
    const other = await gateway.call('POST', '/api/v1/admin/users', {
      token: tokens.get('admin'),
      body: { username: 'gz-agent', displayName: 'GZ agent', role: 'agent', branchCode: 'GZ01', password: 'a-long-password-1' },
    });
    targets = { own: own.body.id, other: other.body.id };
    violations = openApiContract((await gateway.call('GET', '/api/openapi.json')).body as OpenApiDocument);
  });

  it('every route declares its roles, and the matrix below covers exactly those routes', () => {
    const routes = declaredRoutes(gateway.app);
    expect(routes.filter((r) => r.policy === undefined).map((r) => r.route)).toEqual([]);
    expect(routes.map((r) => r.route)).toEqual(Object.keys(MATRIX).sort((a, b) => a.localeCompare(b)));
    for (const { route, policy } of routes) {
      const expected = MATRIX[route];
      if (expected.roles === 'public') expect({ route, policy }).toEqual({ route, policy: { kind: 'public' } });
      else expect({ route, roles: policy?.kind === 'roles' ? [...policy.roles].sort() : policy }).toEqual({ route, roles: [...expected.roles].sort() });
    }
  });

  it('every change route is audited, and every POST replays by Idempotency-Key first; reads carry neither', () => {
    const bound = declaredRoutes(gateway.app).map(({ route, interceptors }) => ({ route, interceptors }));
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
    ROLES.flatMap((role) => (['own', 'other'] as const).map((branch) => ({ route, role, branch, expectation }))),
  );

  it.each(cases)('$route as $role on the $branch branch', async ({ route, role, branch, expectation }) => {
    const unique = Math.random().toString(36).slice(2, 10);
    const request = expectation.request({ target: targets[branch], unique, branch: BRANCH[branch], deadline: DEADLINE[branch] });
    const answer = await answerOf(gateway, expectation, request, tokens.get(role));
    const allowed = expectation.roles === 'public' || expectation.roles.includes(role);
    const reachesBranch = !expectation.scoped || branch === 'own' || HQ.includes(role);
    const expected = !allowed ? 403 : reachesBranch ? expectation.success : 404;
    expect({ status: answer.status }).toEqual({ status: expected });
    // and the answer is what the published OpenAPI document says it is
    expect(violations(route, answer)).toEqual([]);
  });

  it('every route but the public ones answers 401 without a token', async () => {
    for (const [route, expectation] of Object.entries(MATRIX)) {
      if (expectation.roles === 'public') continue;
      const request = expectation.request({ target: targets.own, unique: 'anon0000', branch: BRANCH.own, deadline: DEADLINE.own });
      const answer = await answerOf(gateway, expectation, request);
      expect({ route, status: answer.status, violations: violations(route, answer) }).toEqual({ route, status: 401, violations: [] });
    }
  });

  it('a branch user sees only their branch in lists; HQ sees all', async () => {
    const asManager = await gateway.call('GET', '/api/v1/admin/users?limit=100', { token: tokens.get('branch-manager') });
    expect(new Set(asManager.body.items.map((u: { branchCode: string }) => u.branchCode))).toEqual(new Set(['SH01']));
    const asGm = await gateway.call('GET', '/api/v1/admin/users?limit=100', { token: tokens.get('general-manager') });
    expect(asGm.body.items.map((u: { branchCode: string }) => u.branchCode)).toEqual(expect.arrayContaining(['SH01', 'GZ01', 'HQ']));
  });

  it('another branch’s record is answered like a missing one, and the denial is audited', async () => {
    const response = await gateway.call('GET', `/api/v1/admin/users/${targets.other}`, { token: tokens.get('branch-manager'), headers: { 'x-correlation-id': 'scope-probe-1' } });
    const missing = await gateway.call('GET', '/api/v1/admin/users/00000000-0000-4000-8000-000000000000', { token: tokens.get('branch-manager') });
    expect(response.status).toBe(404);
    expect({ ...response.body, instance: 0, correlationId: 0 }).toEqual({ ...missing.body, instance: 0, correlationId: 0 });
    const [row] = await gateway.dataSource.query("SELECT * FROM audit_record WHERE correlation_id = 'scope-probe-1'");
    expect(row).toMatchObject({ outcome: 'denied', reason: 'other-branch', actor_role: 'branch-manager', actor_branch: 'SH01', target: targets.other, status: 404 });
  });
});
