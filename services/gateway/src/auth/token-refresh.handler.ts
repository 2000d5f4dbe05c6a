import { DomainError } from '@freight/platform';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../users/roles';
import type { TokenPair } from './auth.schemas';
import { decideRefresh, RefreshDecision, refreshTokenHash } from './refresh-token.rules';
import { RefreshTokens } from './refresh-tokens';

export class RefreshRefused extends DomainError {
  constructor(readonly reason: Exclude<RefreshDecision, 'rotate'>) {
    super(
      HttpStatus.UNAUTHORIZED,
      'invalid-refresh-token',
      'the refresh token is unknown, expired or revoked: sign in again',
      { title: 'Refresh token refused' },
    );
  }
}

interface TokenRow {
  id: string;
  family_id: string;
  expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
  user_id: string;
  username: string;
  role: Role;
  branch_code: string;
  token_epoch: number;
}

/** Rotation: every refresh spends the token and hands out a new one of the same family. */
@Injectable()
export class TokenRefreshHandler {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: RefreshTokens,
  ) {}

  async refresh(refreshToken: string, now = new Date()): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (db) => {
      const [row]: TokenRow[] = await db.query(
        `SELECT t.id, t.family_id, t.expires_at, t.rotated_at, t.revoked_at,
                u.id AS user_id, u.username, u.role, u.branch_code, u.token_epoch
         FROM refresh_token t JOIN app_user u ON u.id = t.user_id
         WHERE t.token_hash = $1 FOR UPDATE OF t`,
        [refreshTokenHash(refreshToken)],
      );
      const decision = decideRefresh(
        row && { expiresAt: row.expires_at, rotatedAt: row.rotated_at, revokedAt: row.revoked_at },
        now,
      );
      if (decision === 'reused') {
        this.logger.warn({
          msg: 'rotated refresh token presented again: family revoked',
          userId: row.user_id,
        });
        await this.tokens.revokeFamily(db, row.family_id);
      }
      if (decision !== 'rotate') return new RefreshRefused(decision);
      await db.query('UPDATE refresh_token SET rotated_at = now() WHERE id = $1', [row.id]);
      // Role and branch come from the user as they are now, not as they were at sign-in.
      const user = {
        id: row.user_id,
        username: row.username,
        role: row.role,
        branchCode: row.branch_code,
        epoch: row.token_epoch,
      };
      return this.tokens.issuePair(db, user, row.family_id);
    });
    // Thrown after commit: a reuse must leave its family revoked.
    if (outcome instanceof RefreshRefused) throw outcome;
    return outcome;
  }

  /** Sign-out: ends the family of the presented token. Unknown tokens are not an error. */
  async signOut(refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const [row]: { family_id: string }[] = await db.query(
        'SELECT family_id FROM refresh_token WHERE token_hash = $1',
        [refreshTokenHash(refreshToken)],
      );
      if (row) await this.tokens.revokeFamily(db, row.family_id);
    });
  }
}
