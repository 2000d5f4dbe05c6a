import { parseConfig } from '@freight/platform';
import { gatewayConfigSchema } from './config';
import { demoUsers } from './users/app-user.demo-data';
import { ROLES } from './users/roles';

describe('gateway set-up', () => {
  it('listens on 8080 and finds the services on 8081–8086 by default', () => {
    const config = parseConfig(gatewayConfigSchema, {});
    expect(config).toMatchObject({
      PORT: 8080,
      DATABASE_NAME: 'freight_gateway',
      ORDER_URL: 'http://127.0.0.1:8081',
      SCHEDULER_URL: 'http://127.0.0.1:8086',
    });
    expect(config.DEMO_PASSWORD).toBeUndefined();
  });

  it('defaults to 15-minute access tokens, lockout after 5 failures, no CORS origins, no OIDC', () => {
    expect(parseConfig(gatewayConfigSchema, {})).toMatchObject({
      ACCESS_TOKEN_TTL_SECONDS: 900,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCKOUT_SECONDS: 900,
      CORS_ORIGINS: [],
      OIDC_ALGORITHMS: ['RS256', 'ES256'],
    });
  });

  it('refuses a short JWT secret without echoing it, symmetric OIDC algorithms and half an OIDC set-up', () => {
    expect(() => parseConfig(gatewayConfigSchema, { JWT_SECRET: 'short-secret' })).toThrow(
      'JWT_SECRET: expected at least 32 characters, got (hidden)',
    );
    expect(() => parseConfig(gatewayConfigSchema, { OIDC_ALGORITHMS: 'HS256' })).toThrow(
      'OIDC_ALGORITHMS',
    );
    expect(() =>
      parseConfig(gatewayConfigSchema, { OIDC_JWKS_URL: 'https://id.example/jwks' }),
    ).toThrow('OIDC_ISSUER');
    expect(() =>
      parseConfig(gatewayConfigSchema, { CORS_ORIGINS: 'https://cs.example.com/app' }),
    ).toThrow('CORS_ORIGINS');
  });

  it('R41: has one demo user per role, named after it; company-wide roles sit in HQ', () => {
    const users = demoUsers();
    expect(users.map((u) => u.username)).toEqual([...ROLES]);
    expect(users.filter((u) => u.branchCode === 'HQ').map((u) => u.role)).toEqual([
      'hq-service',
      'general-manager',
      'admin',
    ]);
    expect(new Set(users.filter((u) => u.branchCode !== 'HQ').map((u) => u.branchCode))).toEqual(
      new Set(['SH01']),
    );
  });
});
