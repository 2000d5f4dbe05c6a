import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { GatewayConfig } from '../config';
import { AccessTokenIssuer, TokenSubject } from './access-token.issuer';
import type { TokenPair } from './auth.schemas';
import { newRefreshToken, refreshTokenHash } from './refresh-token.rules';

/** Issues token pairs and revokes refresh-token families; callers pass their transaction. */
@Injectable()
export class RefreshTokens {
  constructor(
    @InjectServiceConfig() private readonly config: GatewayConfig,
    private readonly accessTokens: AccessTokenIssuer,
  ) {}

  /** A new pair; `familyId` continues a rotation chain, none starts one (a sign-in). */
  async issuePair(
    db: EntityManager,
    user: TokenSubject,
    familyId: string = randomUUID(),
  ): Promise<TokenPair> {
    const refreshToken = newRefreshToken();
    await db.query(
      `INSERT INTO refresh_token (family_id, user_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [familyId, user.id, refreshTokenHash(refreshToken), this.config.REFRESH_TOKEN_TTL_SECONDS],
    );
    return {
      accessToken: await this.accessTokens.issue(user),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
    };
  }

  async revokeFamily(db: EntityManager, familyId: string): Promise<void> {
    await db.query(
      'UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
  }

  /** Signs a user out everywhere (admin revoke, password change). Returns the families ended. */
  async revokeAllOf(db: EntityManager, userId: string): Promise<number> {
    const rows: { family_id: string }[] = await db.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL
       RETURNING family_id`,
      [userId],
    );
    return new Set(rows.map((r) => r.family_id)).size;
  }
}
