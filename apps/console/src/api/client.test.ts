import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGateway, json, pair, principal } from '../test/fake-gateway';
import { ApiClient, type SignOutReason } from './client';
import { ApiProblem } from './problem';
import { memorySessionStore, type Session } from './session-store';

const session = (n: number, expiresInMs = 900_000): Session => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt: Date.now() + expiresInMs,
  lifetimeMs: 900_000,
  principal,
});

/** A gateway whose refresh rotates refresh-N into pair N+1, and whose `me` wants the newest token. */
function gatewayWithRotation({ firstTokenEnded = false } = {}) {
  let issued = 1;
  return fakeGateway({
    'POST /api/v1/auth/login': () => json(200, pair(1)),
    'POST /api/v1/auth/refresh': (call) => {
      const presented = (call.body as { refreshToken: string }).refreshToken;
      if (presented !== `refresh-${issued}`)
        return json(401, {
          type: 'urn:freight:problem:invalid-refresh-token',
          title: 'Refresh token refused',
          status: 401,
        });
      issued += 1;
      return json(200, pair(issued));
    },
    'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    'GET /api/v1/auth/me': (call) =>
      call.authorization === `Bearer access-${issued}` &&
      !(firstTokenEnded && call.authorization === 'Bearer access-1')
        ? json(200, principal)
        : json(401, { status: 401, title: 'Unauthorized' }),
  });
}

describe('ApiClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('signs in, keeps the token pair and who it is, and sends the bearer token', async () => {
    const gateway = gatewayWithRotation();
    const store = memorySessionStore();
    const client = new ApiClient({ store, fetch: gateway.fetch });
    expect(await client.signIn('agent', 'pw')).toEqual(principal);
    expect(gateway.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/v1/auth/login',
      'GET /api/v1/auth/me',
    ]);
    expect(gateway.calls[1].authorization).toBe('Bearer access-1');
    expect(store.read()).toMatchObject({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      principal,
    });
    expect(client.principal).toEqual(principal);
  });

  it('refreshes a minute before the access token expires, without a request to trigger it', async () => {
    const gateway = gatewayWithRotation();
    const store = memorySessionStore();
    const client = new ApiClient({ store, fetch: gateway.fetch });
    await client.signIn('agent', 'pw');
    await vi.advanceTimersByTimeAsync(839_000);
    expect(gateway.calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(gateway.calls.filter((c) => c.path === '/api/v1/auth/refresh')).toEqual([
      expect.objectContaining({ body: { refreshToken: 'refresh-1' } }),
    ]);
    expect(store.read()).toMatchObject({
      accessToken: 'access-2',
      refreshToken: 'refresh-2',
      principal,
    });
    await client.whoAmI();
    expect(gateway.calls.at(-1)?.authorization).toBe('Bearer access-2');
  });

  it('refreshes first when a request is made inside the last minute (a PC that slept)', async () => {
    const gateway = gatewayWithRotation();
    const client = new ApiClient({
      store: memorySessionStore(session(1, 30_000)),
      fetch: gateway.fetch,
    });
    await client.whoAmI();
    expect(gateway.calls.map((c) => c.path)).toEqual(['/api/v1/auth/refresh', '/api/v1/auth/me']);
    expect(gateway.calls[1].authorization).toBe('Bearer access-2');
  });

  it('on a 401 refreshes once and repeats the request, also for several requests at once', async () => {
    const gateway = gatewayWithRotation({ firstTokenEnded: true });
    // the gateway has ended access-1 early (e.g. a role change): `me` wants access-2 after the refresh
    const client = new ApiClient({ store: memorySessionStore(session(1)), fetch: gateway.fetch });
    const answers = await Promise.all([client.whoAmI(), client.whoAmI(), client.whoAmI()]);
    // first round: three 401s with access-1 …
    const refreshes = gateway.calls.filter((c) => c.path === '/api/v1/auth/refresh');
    expect(answers).toEqual([principal, principal, principal]);
    // … then one refresh (two would present a spent token and revoke the family), three retries
    expect(refreshes).toHaveLength(1);
    expect(gateway.calls.filter((c) => c.authorization === 'Bearer access-2')).toHaveLength(3);
  });

  it('ends the session when the gateway refuses the refresh, and says why', async () => {
    const gateway = fakeGateway({
      'GET /api/v1/auth/me': () => json(401, { status: 401, title: 'Unauthorized' }),
      'POST /api/v1/auth/refresh': () =>
        json(401, {
          type: 'urn:freight:problem:invalid-refresh-token',
          title: 'Refresh token refused',
          status: 401,
        }),
    });
    const store = memorySessionStore(session(1));
    const client = new ApiClient({ store, fetch: gateway.fetch });
    const reasons: (SignOutReason | undefined)[] = [];
    client.subscribe((s, reason) => reasons.push(s ? undefined : reason));
    const error = await client.whoAmI().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).slug).toBe('invalid-refresh-token');
    expect(store.read()).toBeNull();
    expect(client.signedIn).toBe(false);
    expect(reasons).toEqual(['expired']);
  });

  it('adopts the pair another tab already rotated instead of presenting the spent token again', async () => {
    const gateway = gatewayWithRotation();
    const store = memorySessionStore(session(1, 30_000));
    const client = new ApiClient({ store, fetch: gateway.fetch });
    // the other tab refreshed: refresh-1 is spent, the store holds pair 2
    await gateway.fetch('/api/v1/auth/refresh', {
      method: 'POST',
      body: JSON.stringify({ refreshToken: 'refresh-1' }),
    });
    store.write(session(2));
    await client.whoAmI();
    expect(gateway.calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(gateway.calls.at(-1)?.authorization).toBe('Bearer access-2');
  });

  it('holds the cross-tab lock while it refreshes', async () => {
    const gateway = gatewayWithRotation();
    const held: string[] = [];
    const locks = {
      request: vi.fn(async (name: string, run: () => Promise<unknown>) => {
        held.push(name);
        return run();
      }),
    } as unknown as Pick<LockManager, 'request'>;
    const client = new ApiClient({
      store: memorySessionStore(session(1, 30_000)),
      fetch: gateway.fetch,
      locks,
    });
    await client.whoAmI();
    expect(held).toEqual(['freight-console-refresh']);
  });

  it('signs out at the gateway with the refresh token and forgets the session', async () => {
    const gateway = gatewayWithRotation();
    const store = memorySessionStore(session(1));
    const client = new ApiClient({ store, fetch: gateway.fetch });
    const reasons: (SignOutReason | undefined)[] = [];
    client.subscribe((s, reason) => reasons.push(s ? undefined : reason));
    await client.signOut();
    expect(gateway.calls).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/auth/logout',
        body: { refreshToken: 'refresh-1' },
      }),
    ]);
    expect(store.read()).toBeNull();
    expect(reasons).toEqual(['logout']);
    await expect(client.whoAmI()).rejects.toMatchObject({ status: 401 });
    // and no refresh timer is left behind
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(gateway.calls).toHaveLength(1);
  });

  it('signs out here even when the gateway cannot be reached', async () => {
    const store = memorySessionStore(session(1));
    const client = new ApiClient({
      store,
      fetch: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')),
    });
    await client.signOut();
    expect(store.read()).toBeNull();
  });

  it('turns problem+json into an ApiProblem with its field errors', async () => {
    const gateway = fakeGateway({
      'POST /api/v1/admin/users': () =>
        json(400, {
          type: 'urn:freight:problem:validation',
          title: 'The request is not valid',
          status: 400,
          errors: [{ field: 'username', message: 'expected 3–50 of a-z 0-9 . _ -' }],
        }),
    });
    const client = new ApiClient({ store: memorySessionStore(session(1)), fetch: gateway.fetch });
    const error = (await client
      .request('POST', 'admin/users', { body: {} })
      .catch((e: unknown) => e)) as ApiProblem;
    expect(error).toMatchObject({
      status: 400,
      slug: 'validation',
      errors: [{ field: 'username', message: 'expected 3–50 of a-z 0-9 . _ -' }],
    });
  });

  it('talks only to /api/v1 on its own origin', async () => {
    const gateway = fakeGateway({});
    const client = new ApiClient({ store: memorySessionStore(session(1)), fetch: gateway.fetch });
    for (const path of [
      'https://elsewhere.example/x',
      '//elsewhere.example/x',
      '../metrics',
      '/health/live',
    ])
      await expect(client.request('GET', path)).rejects.toThrow('not a path under /api/v1');
    expect(gateway.calls).toEqual([]);
  });

  it('fetches a file (a PDF, a map) with the bearer token, as a Blob; a refusal as ApiProblem', async () => {
    const gateway = fakeGateway({
      'GET /api/v1/gate-passes/GP-1/pdf': () =>
        new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }),
      'GET /api/v1/gate-passes/GP-2/pdf': () =>
        json(404, { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 }),
    });
    const client = new ApiClient({ store: memorySessionStore(session(1)), fetch: gateway.fetch });
    const pdf = await client.blob('gate-passes/GP-1/pdf', { accept: 'application/pdf' });
    expect(await pdf.text()).toBe('%PDF-1.7');
    expect(gateway.calls[0].authorization).toBe('Bearer access-1');
    await expect(client.blob('gate-passes/GP-2/pdf')).rejects.toMatchObject({ status: 404 });
  });
});
