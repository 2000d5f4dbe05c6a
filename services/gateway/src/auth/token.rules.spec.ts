import { gatewayVerifyOptions, oidcVerifyOptions, roleFromClaim } from './token.rules';

describe('token verification options', () => {
  it('pin the gateway’s own tokens to HS256 and check issuer, audience and expiry', () => {
    expect(gatewayVerifyOptions('freight-gateway', 'freight-api')).toEqual({
      algorithms: ['HS256'],
      issuer: 'freight-gateway',
      audience: 'freight-api',
      requiredClaims: ['sub', 'exp', 'nbf', 'iat'],
      clockTolerance: 0,
    });
  });

  it('accept only the configured asymmetric algorithms from an OIDC issuer', () => {
    const options = oidcVerifyOptions('https://id.example', 'freight', ['RS256']);
    expect(options).toMatchObject({
      algorithms: ['RS256'],
      issuer: 'https://id.example',
      audience: 'freight',
    });
    expect(options.algorithms).not.toContain('none');
    expect(options.requiredClaims).toContain('exp');
  });

  it('take the first known role from a role claim', () => {
    expect(roleFromClaim('dispatcher')).toBe('dispatcher');
    expect(roleFromClaim(['offline_access', 'finance', 'admin'])).toBe('finance');
    expect(roleFromClaim(['superuser'])).toBeUndefined();
    expect(roleFromClaim(undefined)).toBeUndefined();
  });
});
