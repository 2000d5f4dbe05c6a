import { SignJWT, UnsecuredJWT } from 'jose';
import {
  bootGateway,
  closeGateways,
  Gateway,
  JWT_SECRET,
  loginFrom,
  signIn,
} from './gateway.fixture';

const secret = new TextEncoder().encode(JWT_SECRET);

afterAll(closeGateways);

describe('R41 authentication', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await bootGateway({ LOGIN_MAX_FAILURES: '3' });
  });

  const me = (token: string) => gateway.call('GET', '/api/v1/auth/me', { token });

  it('signs in with username and password and knows who is calling', async () => {
    const pair = await signIn(gateway, 'dispatcher');
    expect(pair).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const response = await me(pair.accessToken);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      username: 'dispatcher',
      role: 'dispatcher',
      branch: 'SH01',
      issuer: 'gateway',
    });
  });

  it('refuses a wrong password with problem+json, the same way as an unknown user', async () => {
    const wrong = await gateway.call('POST', '/api/v1/auth/login', {
      body: { username: 'agent', password: 'nope-nope-nope' },
    });
    const unknown = await gateway.call('POST', '/api/v1/auth/login', {
      body: { username: 'nobody', password: 'nope-nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ type: 'urn:freight:problem:sign-in-refused', status: 401 });
    expect({ ...unknown.body, instance: 0, correlationId: 0 }).toEqual({
      ...wrong.body,
      instance: 0,
      correlationId: 0,
    });
  });

  it('locks an address out of an account after repeated failures, even against the right password, until an admin unlocks it', async () => {
    const admin = await signIn(gateway, 'admin');
    const created = await gateway.call('POST', '/api/v1/admin/users', {
      token: admin.accessToken,
      body: {
        username: 'lock-me',
        displayName: 'Lock Me',
        role: 'agent',
        branchCode: 'SH01',
        password: 'a-long-password-1',
      },
    });
    expect(created.status).toBe(201);
    const from = '127.0.0.21';
    for (let i = 0; i < 3; i++) {
      const attempt = await loginFrom(gateway, from, 'lock-me', 'wrong-password');
      expect(attempt.status).toBe(401);
    }
    const locked = await loginFrom(gateway, from, 'lock-me', 'a-long-password-1');
    expect(locked.status).toBe(401);
    const view = await gateway.call('GET', `/api/v1/admin/users/${created.body.id}`, {
      token: admin.accessToken,
    });
    expect(Date.parse(view.body.lockedUntil)).toBeGreaterThan(Date.now() + 800_000);
    const audit = await gateway.dataSource.query(
      "SELECT reason FROM audit_record WHERE actor_name = 'lock-me' AND outcome = 'denied' ORDER BY id",
    );
    expect(audit.map((r: { reason: string }) => r.reason)).toEqual([
      'wrong-password',
      'wrong-password',
      'wrong-password',
      'locked',
    ]);

    const unlocked = await gateway.call('POST', `/api/v1/admin/users/${created.body.id}/unlock`, {
      token: admin.accessToken,
    });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.lockedUntil).toBeNull();
    expect((await loginFrom(gateway, from, 'lock-me', 'a-long-password-1')).status).toBe(200);
  });

  it('rotates refresh tokens; a spent token presented again revokes the whole family', async () => {
    const first = await signIn(gateway, 'finance');
    const second = await gateway.call('POST', '/api/v1/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.body.accessToken)).body.role).toBe('finance');

    const replay = await gateway.call('POST', '/api/v1/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(replay.status).toBe(401);
    expect(replay.body.type).toBe('urn:freight:problem:invalid-refresh-token');
    const afterTheft = await gateway.call('POST', '/api/v1/auth/refresh', {
      body: { refreshToken: second.body.refreshToken },
    });
    expect(afterTheft.status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const pair = await signIn(gateway, 'qc-inspector');
    expect(
      (
        await gateway.call('POST', '/api/v1/auth/logout', {
          body: { refreshToken: pair.refreshToken },
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await gateway.call('POST', '/api/v1/auth/refresh', {
          body: { refreshToken: pair.refreshToken },
        })
      ).status,
    ).toBe(401);
  });

  it('an admin revoke ends every session of a user', async () => {
    const admin = await signIn(gateway, 'admin');
    const a = await signIn(gateway, 'warehouse-keeper');
    const b = await signIn(gateway, 'warehouse-keeper');
    const id = (await me(a.accessToken)).body.userId;
    const revoke = await gateway.call('POST', `/api/v1/admin/users/${id}/revoke-sessions`, {
      token: admin.accessToken,
    });
    expect(revoke.status).toBe(200);
    for (const pair of [a, b]) {
      expect(
        (
          await gateway.call('POST', '/api/v1/auth/refresh', {
            body: { refreshToken: pair.refreshToken },
          })
        ).status,
      ).toBe(401);
    }
  });

  describe('a change to an account ends its access tokens on their next request', () => {
    let admin: string;
    let serial = 0;
    beforeAll(async () => {
      admin = (await signIn(gateway, 'admin')).accessToken;
    });

    /** A fresh account with this role, signed in; its token works before the change. */
    async function signedInAccount(role: string) {
      const username = `changed-${++serial}`;
      const created = await gateway.call('POST', '/api/v1/admin/users', {
        token: admin,
        body: {
          username,
          displayName: 'Changed Account',
          role,
          branchCode: 'SH01',
          password: 'a-long-password-1',
        },
      });
      expect(created.status).toBe(201);
      const { accessToken } = await signIn(gateway, username, 'a-long-password-1');
      expect((await me(accessToken)).status).toBe(200);
      return { id: created.body.id as string, username, token: accessToken };
    }

    const refused = (response: { status: number; body: { type?: string } }) =>
      expect({ status: response.status, type: response.body.type }).toEqual({
        status: 401,
        type: 'urn:freight:problem:unauthenticated',
      });

    it('a role change: a demoted admin cannot read the staff list with the old token', async () => {
      const account = await signedInAccount('admin');
      expect(
        (await gateway.call('GET', '/api/v1/admin/users', { token: account.token })).status,
      ).toBe(200);
      expect(
        (
          await gateway.call('PATCH', `/api/v1/admin/users/${account.id}`, {
            token: admin,
            body: { role: 'agent' },
          })
        ).status,
      ).toBe(200);
      refused(await gateway.call('GET', '/api/v1/admin/users', { token: account.token }));
      // signed in again, the account has its new role
      const again = await signIn(gateway, account.username, 'a-long-password-1');
      expect((await me(again.accessToken)).body.role).toBe('agent');
      expect(
        (await gateway.call('GET', '/api/v1/admin/users', { token: again.accessToken })).status,
      ).toBe(403);
    });

    it('a disable: the old token is refused, and so is signing in, until enabled again', async () => {
      const account = await signedInAccount('agent');
      const disabled = await gateway.call('PATCH', `/api/v1/admin/users/${account.id}`, {
        token: admin,
        body: { disabled: true },
      });
      expect(disabled.body).toMatchObject({ disabled: true });
      refused(await me(account.token));
      const signInAgain = await gateway.call('POST', '/api/v1/auth/login', {
        body: { username: account.username, password: 'a-long-password-1' },
      });
      expect(signInAgain.status).toBe(401);
      await gateway.call('PATCH', `/api/v1/admin/users/${account.id}`, {
        token: admin,
        body: { disabled: false },
      });
      refused(await me(account.token));
      await expect(signIn(gateway, account.username, 'a-long-password-1')).resolves.toHaveProperty(
        'accessToken',
      );
    });

    it('a password reset: the old token is refused', async () => {
      const account = await signedInAccount('finance');
      expect(
        (
          await gateway.call('PATCH', `/api/v1/admin/users/${account.id}`, {
            token: admin,
            body: { password: 'another-long-password' },
          })
        ).status,
      ).toBe(200);
      refused(await me(account.token));
    });

    it('revoke sessions: the old token is refused', async () => {
      const account = await signedInAccount('dispatcher');
      expect(
        (
          await gateway.call('POST', `/api/v1/admin/users/${account.id}/revoke-sessions`, {
            token: admin,
          })
        ).status,
      ).toBe(200);
      refused(await me(account.token));
    });

    it('a change of display name ends nothing', async () => {
      const account = await signedInAccount('agent');
      expect(
        (
          await gateway.call('PATCH', `/api/v1/admin/users/${account.id}`, {
            token: admin,
            body: { displayName: 'Renamed' },
          })
        ).status,
      ).toBe(200);
      expect((await me(account.token)).status).toBe(200);
    });
  });

  describe('token attacks are answered 401', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claims = { role: 'admin', branch: 'HQ', preferred_username: 'mallory' };
    // the subject is a real account: a well-signed token of an unknown user is refused too
    let adminId = '';
    beforeAll(async () => {
      [{ id: adminId }] = await gateway.dataSource.query(
        "SELECT id FROM app_user WHERE username = 'admin'",
      );
    });
    const forge = (edit: (jwt: SignJWT) => SignJWT, key = secret, alg = 'HS256') =>
      edit(
        new SignJWT(claims)
          .setProtectedHeader({ alg })
          .setSubject(adminId)
          .setIssuer('freight-gateway')
          .setAudience('freight-api')
          .setIssuedAt()
          .setNotBefore(now() - 5)
          .setExpirationTime(now() + 300),
      ).sign(key);

    it('accepts a well-formed token (the control case)', async () => {
      expect((await me(await forge((j) => j))).status).toBe(200);
    });

    it.each([
      [
        'alg none',
        async () =>
          new UnsecuredJWT(claims)
            .setSubject('x')
            .setIssuer('freight-gateway')
            .setAudience('freight-api')
            .setIssuedAt()
            .setNotBefore(now() - 5)
            .setExpirationTime(now() + 300)
            .encode(),
      ],
      ['wrong audience', () => forge((j) => j.setAudience('another-api'))],
      ['wrong issuer', () => forge((j) => j.setIssuer('someone-else'))],
      [
        'expired',
        () =>
          forge((j) =>
            j
              .setIssuedAt(now() - 1000)
              .setNotBefore(now() - 1000)
              .setExpirationTime(now() - 10),
          ),
      ],
      [
        'not yet valid',
        () => forge((j) => j.setNotBefore(now() + 600).setExpirationTime(now() + 900)),
      ],
      [
        'no expiry',
        () =>
          new SignJWT(claims)
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('x')
            .setIssuer('freight-gateway')
            .setAudience('freight-api')
            .setIssuedAt()
            .setNotBefore(now() - 5)
            .sign(secret),
      ],
      ['signed with another key', () => forge((j) => j, new TextEncoder().encode('x'.repeat(40)))],
      ['another HMAC algorithm', () => forge((j) => j, secret, 'HS512')],
      [
        'tampered payload',
        async () => {
          const [header, , signature] = (await forge((j) => j)).split('.');
          const payload = Buffer.from(
            JSON.stringify({ ...claims, role: 'admin', sub: 'x', exp: now() + 999 }),
          ).toString('base64url');
          return `${header}.${payload}.${signature}`;
        },
      ],
      ['garbage', async () => 'not.a.jwt'],
    ])('%s', async (_name, token) => {
      const response = await me(await token());
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ type: 'urn:freight:problem:unauthenticated' });
    });

    it('a well-signed token of a user who does not exist', async () => {
      const stranger = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('00000000-0000-4000-8000-000000000000')
        .setIssuer('freight-gateway')
        .setAudience('freight-api')
        .setIssuedAt()
        .setNotBefore(now() - 5)
        .setExpirationTime(now() + 300)
        .sign(secret);
      expect((await me(stranger)).status).toBe(401);
    });

    it('no token at all', async () => {
      expect((await gateway.call('GET', '/api/v1/auth/me')).status).toBe(401);
    });
  });
});
