import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { createRemoteJWKSet, decodeJwt, JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Principal } from '../access/principal';
import type { GatewayConfig } from '../config';
import { SigningKey } from './signing-key';
import { gatewayVerifyOptions, oidcVerifyOptions, roleFromClaim } from './token.rules';

/** Why a bearer token was refused; logged and audited, never shown in detail to the caller. */
export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
}

/** A verified token: who it speaks for, and for the gateway's own tokens the epoch they carry. */
export interface VerifiedToken {
  principal: Principal;
  /** the user's token epoch when it was issued (TokenEpochs); undefined for OIDC tokens */
  epoch?: number;
}

/** How many verified tokens are remembered (about 1 KB each). */
const VERIFIED_TOKENS_KEPT = 20_000;

/**
 * Turns a bearer token into a Principal: the gateway's own tokens (HS256, its secret), and,
 * when configured, an OIDC issuer's (keys from its JWKS, fetched and cached by jose). The
 * unverified `iss` only chooses which verification to run; that verification checks it again.
 *
 * A token that verified is remembered until its `exp`: a client sends the same token with every
 * request for its whole lifetime, and checking its signature again each time cost more than the
 * rest of the request (WebCrypto HMAC runs on the libuv thread pool). The signature and claims
 * of a token cannot change before `exp`, so the cached answer is the answer a fresh verification
 * would give; whether its epoch is still the user's is checked on every request by the caller
 * (AccessGuard, TokenEpochs). Refused tokens are never cached.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly oidcKeys?: ReturnType<typeof createRemoteJWKSet>;
  private readonly verified = new LRUCache<string, VerifiedToken>({ max: VERIFIED_TOKENS_KEPT });

  constructor(
    @InjectServiceConfig() private readonly config: GatewayConfig,
    private readonly key: SigningKey,
  ) {
    if (config.OIDC_JWKS_URL) this.oidcKeys = createRemoteJWKSet(new URL(config.OIDC_JWKS_URL));
  }

  async verify(token: string): Promise<Principal> {
    return (await this.verifyToken(token)).principal;
  }

  async verifyToken(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known) return known;
    const { expiresAt, ...verified } = await this.verifyAfresh(token);
    const ttl = expiresAt * 1000 - Date.now();
    if (ttl > 0) this.verified.set(token, verified, { ttl });
    return verified;
  }

  private async verifyAfresh(token: string): Promise<VerifiedToken & { expiresAt: number }> {
    let claimedIssuer: string | undefined;
    try {
      claimedIssuer = decodeJwt(token).iss;
    } catch (error) {
      throw new TokenRejected(`malformed token: ${(error as Error).message}`);
    }
    if (this.oidcKeys && claimedIssuer === this.config.OIDC_ISSUER) return this.verifyOidc(token);
    const payload = await this.run(() =>
      jwtVerify(
        token,
        this.key.secret,
        gatewayVerifyOptions(this.config.JWT_ISSUER, this.config.JWT_AUDIENCE),
      ),
    );
    // Tokens issued before epochs existed carry none: they are of epoch 0.
    const epoch = typeof payload.epoch === 'number' ? payload.epoch : 0;
    return { ...this.principalFrom(payload, 'gateway', payload.role, payload.branch), epoch };
  }

  private async verifyOidc(token: string): Promise<VerifiedToken & { expiresAt: number }> {
    const { OIDC_ISSUER, OIDC_AUDIENCE, OIDC_ALGORITHMS } = this.config;
    const payload = await this.run(() =>
      jwtVerify(
        token,
        this.oidcKeys!,
        oidcVerifyOptions(OIDC_ISSUER!, OIDC_AUDIENCE!, OIDC_ALGORITHMS),
      ),
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

  private principalFrom(
    payload: JWTPayload,
    issuer: string,
    roleClaim: unknown,
    branch: unknown,
  ): { principal: Principal; expiresAt: number } {
    const role = roleFromClaim(roleClaim);
    if (!role) throw new TokenRejected('token carries no known role');
    if (typeof branch !== 'string' || branch === '')
      throw new TokenRejected('token carries no branch');
    const username =
      typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub!;
    // Both verifications require `exp`.
    return {
      principal: { userId: payload.sub!, username, role, branch, issuer },
      expiresAt: payload.exp!,
    };
  }
}
