import { HttpStatus, Injectable } from '@nestjs/common';
import { DomainError, InjectServiceConfig } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { GatewayConfig } from '../config';
import { verifyPassword } from '../users/password-hash';
import type { Role } from '../users/roles';
import type { TokenPair } from './auth.schemas';
import {
  AFTER_SUCCESSFUL_SIGN_IN,
  afterFailedSignIn,
  isLocked,
  SignInRecord,
} from './lockout.rules';
import { RefreshTokens } from './refresh-tokens';

/** One answer for every refusal, so a caller cannot tell a wrong name from a locked account. */
export class SignInRefused extends DomainError {
  constructor(readonly reason: 'unknown-user' | 'wrong-password' | 'locked') {
    super(
      HttpStatus.UNAUTHORIZED,
      'sign-in-refused',
      'wrong username or password, or the account is temporarily locked',
      { title: 'Sign-in refused' },
    );
  }
}

// Verified against when the username is unknown, so that answer takes as long as a wrong password.
const DECOY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

interface UserRow {
  id: string;
  username: string;
  role: Role;
  branch_code: string;
  password_hash: string;
  failed_logins: number;
  locked_until: Date | null;
}

/** Sign-in against the gateway's user store, with lockout after repeated failures (ASVS 2.2.1). */
@Injectable()
export class SignInHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: RefreshTokens,
    @InjectServiceConfig() private readonly config: GatewayConfig,
  ) {}

  async signIn(username: string, password: string, now = new Date()): Promise<TokenPair> {
    // The row lock serialises attempts on one account, so parallel guesses cannot dodge the count.
    const outcome = await this.dataSource.transaction(async (db) => {
      const [user]: UserRow[] = await db.query(
        `SELECT id, username, role, branch_code, password_hash, failed_logins, locked_until
         FROM app_user WHERE username = $1 FOR UPDATE`,
        [username],
      );
      if (!user) {
        await verifyPassword(password, DECOY_HASH);
        return new SignInRefused('unknown-user');
      }
      const record: SignInRecord = {
        failedLogins: user.failed_logins,
        lockedUntil: user.locked_until,
      };
      if (isLocked(record, now)) return new SignInRefused('locked');
      if (!(await verifyPassword(password, user.password_hash))) {
        const policy = {
          maxFailures: this.config.LOGIN_MAX_FAILURES,
          lockoutSeconds: this.config.LOGIN_LOCKOUT_SECONDS,
        };
        await this.save(db, user.id, afterFailedSignIn(record, now, policy));
        return new SignInRefused('wrong-password');
      }
      if (record.failedLogins > 0 || record.lockedUntil)
        await this.save(db, user.id, AFTER_SUCCESSFUL_SIGN_IN);
      return this.tokens.issuePair(db, {
        id: user.id,
        username: user.username,
        role: user.role,
        branchCode: user.branch_code,
      });
    });
    // Thrown after commit: the failure count must be kept even though the answer is an error.
    if (outcome instanceof SignInRefused) throw outcome;
    return outcome;
  }

  private async save(
    db: { query: DataSource['query'] },
    userId: string,
    record: SignInRecord,
  ): Promise<void> {
    await db.query('UPDATE app_user SET failed_logins = $2, locked_until = $3 WHERE id = $1', [
      userId,
      record.failedLogins,
      record.lockedUntil,
    ]);
  }
}
