import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { createRemoteJWKSet, decodeJwt, JWTPayload, jwtVerify } from 'jose';
import type { Principal } from '../access/principal';
import type { GatewayConfig } from '../config';
import { SigningKey } from './signing-key';
import { gatewayVerifyOptions, oidcVerifyOptions, roleFromClaim } from './token.rules';

/** Why a bearer token was refused; logged and audited, never shown in detail to the caller. */
export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
}

/**
 * Turns a bearer token into a Principal: the gateway's own tokens (HS256, its secret), and,
 * when configured, an OIDC issuer's (keys from its JWKS, fetched and cached by jose). The
 * unverified `iss` only chooses which verification to run; that verification checks it again.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly oidcKeys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    @InjectServiceConfig() private readonly config: GatewayConfig,
    private readonly key: SigningKey,
  ) {
    if (config.OIDC_JWKS_URL) this.oidcKeys = createRemoteJWKSet(new URL(config.OIDC_JWKS_URL));
  }

  async verify(token: string): Promise<Principal> {
    let claimedIssuer: string | undefined;
    try {
      claimedIssuer = decodeJwt(token).iss;
    } catch (error) {
      throw new TokenRejected(`malformed token: ${(error as Error).message}`);
    }
    if (this.oidcKeys && claimedIssuer === this.config.OIDC_ISSUER) return this.verifyOidc(token);
    const payload = await this.run(() =>
      jwtVerify(token, this.key.secret, gatewayVerifyOptions(this.config.JWT_ISSUER, this.config.JWT_AUDIENCE)),
    );
    return this.principalFrom(payload, 'gateway', payload.role, payload.branch);
  }

  private async verifyOidc(token: string): Promise<Principal> {
    const { OIDC_ISSUER, OIDC_AUDIENCE, OIDC_ALGORITHMS } = this.config;
    const payload = await this.run(() =>
      jwtVerify(token, this.oidcKeys!, oidcVerifyOptions(OIDC_ISSUER!, OIDC_AUDIENCE!, OIDC_ALGORITHMS)),
    );
    return this.principalFrom(
      payload,
      OIDC_ISSUER!,
      payload[this.config.OIDC_ROLE_CLAIM],
      payload[this.config.OIDC_BRANCH_CLAIM],
    );
  }

  private async run(verification: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
    try {
      return (await verification()).payload;
    } catch (error) {
      throw new TokenRejected((error as Error).message);
    }
  }

  private principalFrom(payload: JWTPayload, issuer: string, roleClaim: unknown, branch: unknown): Principal {
    const role = roleFromClaim(roleClaim);
    if (!role) throw new TokenRejected('token carries no known role');
    if (typeof branch !== 'string' || branch === '') throw new TokenRejected('token carries no branch');
    const username = typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub!;
    return { userId: payload.sub!, username, role, branch, issuer };
  }
}
