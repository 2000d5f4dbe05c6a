import { bootGateway, closeGateways, Gateway, signIn } from './gateway.fixture';

afterAll(closeGateways);

const newUser = (username: string, displayName = 'Idem Potent') => ({
  username,
  displayName,
  role: 'agent',
  branchCode: 'GZ01',
  password: 'a-long-password-1',
});

describe('gateway safety', () => {
  let gateway: Gateway;
  let admin: string;
  beforeAll(async () => {
    gateway = await bootGateway({
      BODY_LIMIT_BYTES: '2048',
      CORS_ORIGINS: 'https://cs.freight.test',
    });
    admin = (await signIn(gateway, 'admin')).accessToken;
  });

  describe('Idempotency-Key', () => {
    it('replays the first answer for the same key and body, without a second change', async () => {
      const headers = { 'idempotency-key': 'create-idem-user-1' };
      const first = await gateway.call('POST', '/api/v1/admin/users', {
        token: admin,
        headers,
        body: newUser('idem-1'),
      });
      const again = await gateway.call('POST', '/api/v1/admin/users', {
        token: admin,
        headers,
        body: newUser('idem-1'),
      });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const audited = await gateway.dataSource.query(
        "SELECT count(*)::int AS n FROM audit_record WHERE action = 'POST /api/v1/admin/users' AND target = $1",
        [first.body.id],
      );
      expect(audited[0].n).toBe(1);
    });

    it('refuses the same key with another body: 422', async () => {
      const headers = { 'idempotency-key': 'create-idem-user-2' };
      expect(
        (
          await gateway.call('POST', '/api/v1/admin/users', {
            token: admin,
            headers,
            body: newUser('idem-2'),
          })
        ).status,
      ).toBe(201);
      const other = await gateway.call('POST', '/api/v1/admin/users', {
        token: admin,
        headers,
        body: newUser('idem-2', 'Someone Else'),
      });
      expect(other.status).toBe(422);
      expect(other.body.type).toBe('urn:freight:problem:idempotency-key-reused');
    });

    it('keeps keys per caller: another user’s same key is a new request', async () => {
      const manager = (await signIn(gateway, 'branch-manager')).accessToken;
      const [agent] = await gateway.dataSource.query(
        "SELECT id FROM app_user WHERE username = 'agent'",
      );
      const headers = { 'idempotency-key': 'shared-key-0001' };
      const path = `/api/v1/admin/users/${agent.id}/unlock`;
      expect(
        (await gateway.call('POST', path, { token: admin, headers })).headers.get(
          'idempotent-replayed',
        ),
      ).toBeNull();
      expect(
        (await gateway.call('POST', path, { token: manager, headers })).headers.get(
          'idempotent-replayed',
        ),
      ).toBeNull();
    });
  });

  it('rejects unknown fields with field-level problem details', async () => {
    const response = await gateway.call('POST', '/api/v1/admin/users', {
      token: admin,
      body: { ...newUser('mass-assign'), isAdmin: true, password: 'short' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type: 'urn:freight:problem:validation', status: 400 });
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'isAdmin', message: 'unknown field' },
        { field: 'password', message: 'expected at least 12 characters' },
      ]),
    );
  });

  it('refuses a body over the size limit with 413 problem+json', async () => {
    const response = await gateway.call('POST', '/api/v1/auth/login', {
      body: { username: 'x'.repeat(4000), password: 'y' },
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers malformed JSON and unknown routes with problem+json', async () => {
    const bad = await gateway.call('POST', '/api/v1/auth/login', { body: '{"username":' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const nowhere = await gateway.call('GET', '/api/v1/nowhere', { token: admin });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.type).toBe('urn:freight:problem:not-found');
  });

  it('sends security headers', async () => {
    const response = await gateway.call('GET', '/api/v1/auth/me', { token: admin });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers CORS only for allow-listed origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/api/v1/auth/me`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://cs.freight.test');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cs.freight.test');
    const refused = await preflight('https://evil.test');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits', () => {
  it('per IP: 429 with Retry-After once the window is used up', async () => {
    const gateway = await bootGateway({ RATE_LIMIT_PER_IP: '5' });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await gateway.call('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: 'unknown' },
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('content-type')).toContain('application/problem+json');
    expect(last!.body.type).toBe('urn:freight:problem:too-many-requests');
    expect((await gateway.call('GET', '/health/live')).status).toBe(200);
  });

  it('per user: one account is limited while another on the same address is not', async () => {
    const gateway = await bootGateway({ RATE_LIMIT_PER_USER: '3' });
    const agent = (await signIn(gateway, 'agent')).accessToken;
    const finance = (await signIn(gateway, 'finance')).accessToken;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await gateway.call('GET', '/api/v1/auth/me', { token: agent })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await gateway.call('GET', '/api/v1/auth/me', { token: agent });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await gateway.call('GET', '/api/v1/auth/me', { token: finance })).status).toBe(200);
  });
});
