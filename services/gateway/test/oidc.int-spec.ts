import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import { bootGateway, closeGateways, Gateway } from './gateway.fixture';

const ISSUER = 'https://sso.freight.test/realms/staff';
const AUDIENCE = 'freight-cs';

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;

/** An OIDC issuer's key endpoint: serves the public half of `keys` as a JWKS. */
async function jwksServer(jwks: JWK[]) {
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: jwks })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/protocol/openid-connect/certs`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

afterAll(closeGateways);

describe('R41 tokens from an external OIDC issuer, verified with its JWKS', () => {
  let gateway: Gateway;
  let issuerKeys: Keys;
  let jwks: Awaited<ReturnType<typeof jwksServer>>;

  beforeAll(async () => {
    issuerKeys = await generateKeyPair('RS256');
    jwks = await jwksServer([
      { ...(await exportJWK(issuerKeys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' },
    ]);
    gateway = await bootGateway({
      OIDC_ISSUER: ISSUER,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_JWKS_URL: jwks.url,
    });
  });
  afterAll(() => jwks?.close());

  const token = (
    claims: Record<string, unknown>,
    { key = issuerKeys.privateKey, alg = 'RS256', audience = AUDIENCE, expiresIn = '5m' } = {},
  ) =>
    new SignJWT({ preferred_username: 'wang.li', roles: ['hq-service'], branch: 'HQ', ...claims })
      .setProtectedHeader({ alg, kid: 'k1' })
      .setSubject('sso-user-42')
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  const me = (bearer: string) => gateway.call('GET', '/api/v1/auth/me', { token: bearer });

  it('accepts a token signed with a key from the JWKS: role and branch from its claims', async () => {
    const response = await me(await token({}));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      userId: 'sso-user-42',
      username: 'wang.li',
      role: 'hq-service',
      branch: 'HQ',
      issuer: ISSUER,
    });
  });

  it('applies the same role rules to it: an hq-service token reads the audit trail, an agent token may not', async () => {
    expect(
      (await gateway.call('GET', '/api/v1/audit?limit=1', { token: await token({}) })).status,
    ).toBe(200);
    const agent = await token({ roles: ['agent'], branch: 'SH01' });
    expect((await gateway.call('GET', '/api/v1/audit?limit=1', { token: agent })).status).toBe(403);
  });

  it('refuses a token signed with a key the JWKS does not hold', async () => {
    const stranger = await generateKeyPair('RS256');
    expect((await me(await token({}, { key: stranger.privateKey }))).status).toBe(401);
  });

  it('refuses the issuer name on an HS256 token (no algorithm swap), a wrong audience and an expired token', async () => {
    const secret = new TextEncoder().encode('a-guessed-secret-that-is-long-enough');
    expect((await me(await token({}, { key: secret as never, alg: 'HS256' }))).status).toBe(401);
    expect((await me(await token({}, { audience: 'someone-else' }))).status).toBe(401);
    const expired = await token({}, { expiresIn: '-2m' }); // beyond the 30 s clock tolerance
    expect((await me(expired)).status).toBe(401);
  });

  it('refuses a token whose claims carry no known role or no branch', async () => {
    expect((await me(await token({ roles: ['superuser'] }))).status).toBe(401);
    expect((await me(await token({ branch: undefined }))).status).toBe(401);
  });
});
