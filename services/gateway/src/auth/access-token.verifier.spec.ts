import { SignJWT } from 'jose';
import { parseConfig } from '@freight/platform';
import { gatewayConfigSchema, GatewayConfig } from '../config';
import { AccessTokenIssuer } from './access-token.issuer';
import { AccessTokenVerifier, TokenRejected } from './access-token.verifier';
import { SigningKey } from './signing-key';

const config = (ttlSeconds: number): GatewayConfig =>
  parseConfig(gatewayConfigSchema, {
    JWT_SECRET: 'a-secret-that-is-long-enough-for-hs256-tokens',
    ACCESS_TOKEN_TTL_SECONDS: String(ttlSeconds),
  });

function parts(ttlSeconds: number) {
  const settings = config(ttlSeconds);
  const key = new SigningKey(settings);
  return {
    issuer: new AccessTokenIssuer(settings, key),
    verifier: new AccessTokenVerifier(settings, key),
  };
}

const subject = {
  id: 'u-1',
  username: 'li.agent',
  role: 'agent' as const,
  branchCode: 'SH01',
  epoch: 3,
};

describe('remembering verified access tokens', () => {
  it('answers a token it verified before with the same principal', async () => {
    const { issuer, verifier } = parts(900);
    const token = await issuer.issue(subject);
    const first = await verifier.verify(token);
    expect(first).toEqual({
      userId: 'u-1',
      username: 'li.agent',
      role: 'agent',
      branch: 'SH01',
      issuer: 'gateway',
    });
    await expect(verifier.verify(token)).resolves.toEqual(first);
    await expect(verifier.verifyToken(token)).resolves.toEqual({ principal: first, epoch: 3 });
  });

  it('refuses a remembered token once its exp has passed', async () => {
    // exp is in whole seconds: a 2 s token lives at least 1 s more, and is dead 3 s later.
    const { issuer, verifier } = parts(2);
    const token = await issuer.issue(subject);
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'u-1' });
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(TokenRejected);
  });

  it('never remembers a refused token: a forged signature is refused every time', async () => {
    const { verifier } = parts(900);
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ role: 'admin', branch: 'HQ' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('intruder')
      .setIssuer('freight-gateway')
      .setAudience('freight-api')
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + 600)
      .sign(new TextEncoder().encode('another-secret-that-is-long-enough-too'));
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(TokenRejected);
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(TokenRejected);
  });
});
