import { controllerRoutes, fuzzRoutes } from '@freight/testing';
import { PlatformUnderTest, signInAs, startPlatformForTest } from './support/platform';

// Issue 19, item 4, through the whole platform: every route of the gateway, with every service
// behind it real, fuzzed as a role that may call it (so the input reaches the service). A 5xx
// anywhere — the gateway's own, or a service's passed on as 502 — is a failure.
const ACCESS_POLICY = 'freight:access-policy';

describe('every route of the platform under malformed input', () => {
  let platform: PlatformUnderTest;
  beforeAll(async () => {
    platform = await startPlatformForTest();
  }, 600_000);
  afterAll(() => platform?.stop(), 120_000);

  it('answers no 5xx, with real services behind the gateway', async () => {
    const routes = controllerRoutes(platform.gateway.app).filter((r) => r.path !== '/api/v1/live');
    const tokens = new Map<string, string>();
    const failures = [];
    for (const route of routes) {
      const policy = Reflect.getMetadata(ACCESS_POLICY, route.handler) as
        { kind: 'public' } | { kind: 'roles'; roles: string[] } | undefined;
      const headers: Record<string, string> = {};
      if (policy?.kind === 'roles') {
        const role = policy.roles[0];
        if (!tokens.has(role)) tokens.set(role, await signInAs(platform, role));
        headers.authorization = `Bearer ${tokens.get(role)}`;
      }
      failures.push(...(await fuzzRoutes(platform.gateway.http, [route], headers)));
    }
    expect(failures).toEqual([]);
  }, 1_200_000);
});
