import { DomainError } from '@freight/platform';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Principal } from '../access/principal';
import { RefreshTokens } from '../auth/refresh-tokens';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { TokenEpochs } from '../auth/token-epochs';
import { hashPassword } from '../users/password-hash';
import { newUserBody, userChangesBody, UserView } from './admin.schemas';
import { StaffDirectory } from './staff-directory';

const UNIQUE_VIOLATION = '23505';

/** Changes to staff accounts (R41 admin API); each goes through the caller's branch scope. */
@Injectable()
export class StaffAccounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: StaffDirectory,
    private readonly tokens: RefreshTokens,
    private readonly throttle: SignInThrottle,
    private readonly epochs: TokenEpochs,
  ) {}

  async create(principal: Principal, body: z.output<typeof newUserBody>): Promise<UserView> {
    await this.directory.assertBranchExists(body.branchCode);
    try {
      const [{ id }]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO app_user (username, display_name, role, branch_code, password_hash)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          body.username,
          body.displayName,
          body.role,
          body.branchCode,
          await hashPassword(body.password),
        ],
      );
      return this.directory.get(principal, id);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      throw new DomainError(HttpStatus.CONFLICT, 'conflict', 'a user with this username exists', {
        title: 'Conflict',
      });
    }
  }

  /**
   * A new role, branch or password, or a disable, also ends every session at once: refresh
   * tokens are revoked and access tokens of the old epoch are refused from the next request.
   */
  async change(
    principal: Principal,
    id: string,
    body: z.output<typeof userChangesBody>,
  ): Promise<UserView> {
    await this.directory.get(principal, id);
    if (body.branchCode) await this.directory.assertBranchExists(body.branchCode);
    const passwordHash = body.password ? await hashPassword(body.password) : null;
    await this.dataSource.transaction(async (db) => {
      await db.query(
        `UPDATE app_user SET display_name = coalesce($2, display_name), role = coalesce($3, role),
                branch_code = coalesce($4, branch_code), password_hash = coalesce($5, password_hash),
                disabled_at = CASE WHEN $6::boolean IS NULL THEN disabled_at
                                   WHEN $6 THEN coalesce(disabled_at, now()) END
         WHERE id = $1`,
        [
          id,
          body.displayName ?? null,
          body.role ?? null,
          body.branchCode ?? null,
          passwordHash,
          body.disabled ?? null,
        ],
      );
      if (body.role || body.branchCode || body.password || body.disabled)
        await this.endSessions(db, id);
    });
    this.epochs.forget(id);
    return this.directory.get(principal, id);
  }

  /** Every address's failed sign-ins and locks on the account are forgotten (decision 0023). */
  async unlock(principal: Principal, id: string): Promise<UserView> {
    const { username } = await this.directory.get(principal, id);
    await this.throttle.forgetAccount(username);
    await this.dataSource.query('UPDATE app_user SET locked_until = NULL WHERE id = $1', [id]);
    return this.directory.get(principal, id);
  }

  async revokeSessions(
    principal: Principal,
    id: string,
  ): Promise<{ id: string; revokedSessions: number }> {
    await this.directory.get(principal, id);
    const revokedSessions = await this.dataSource.transaction((db) => this.endSessions(db, id));
    this.epochs.forget(id);
    return { id, revokedSessions };
  }

  /** Revokes the refresh tokens and raises the token epoch; the caller forgets the epoch after commit. */
  private async endSessions(db: EntityManager, id: string): Promise<number> {
    await this.epochs.raise(db, id);
    return this.tokens.revokeAllOf(db, id);
  }
}
