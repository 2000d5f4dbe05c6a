import type { JWTVerifyOptions } from 'jose';
import { ROLES, Role } from '../users/roles';

/** The gateway signs its access tokens with HMAC-SHA256; nothing else is accepted for them. */
export const GATEWAY_ALGORITHM = 'HS256';

/** Allowed clock difference between the gateway and an OIDC issuer, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verification of the gateway's own tokens: algorithm pinned (so `alg: none` or an algorithm
 * swap is refused), issuer and audience exact, expiry required; jose checks exp and nbf.
 */
export function gatewayVerifyOptions(issuer: string, audience: string): JWTVerifyOptions {
  return {
    algorithms: [GATEWAY_ALGORITHM],
    issuer,
    audience,
    requiredClaims: ['sub', 'exp', 'nbf', 'iat'],
    clockTolerance: 0,
  };
}

/** Verification of an external OIDC issuer's tokens: only its asymmetric algorithms. */
export function oidcVerifyOptions(
  issuer: string,
  audience: string,
  algorithms: readonly string[],
): JWTVerifyOptions {
  return {
    algorithms: [...algorithms],
    issuer,
    audience,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
}

/** A role from a claim: a string or a list (the first known role wins); unknown roles are none. */
export function roleFromClaim(claim: unknown): Role | undefined {
  const candidates = Array.isArray(claim) ? claim : [claim];
  return candidates.find((c): c is Role => typeof c === 'string' && ROLES.includes(c as Role));
}
