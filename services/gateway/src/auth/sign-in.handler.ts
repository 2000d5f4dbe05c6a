import { DomainError } from '@freight/platform';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { verifyPassword } from '../users/password-hash';
import type { Role } from '../users/roles';
import type { TokenPair } from './auth.schemas';
import { RefreshTokens } from './refresh-tokens';
import { SignInThrottle } from './sign-in-throttle';

/**
 * One answer for every refusal about the account, so a caller cannot tell a wrong name from a
 * wrong password or from an address locked out of the account.
 */
export class SignInRefused extends DomainError {
  constructor(readonly reason: 'unknown-user' | 'wrong-password' | 'locked' | 'disabled') {
    super(
      HttpStatus.UNAUTHORIZED,
      'sign-in-refused',
      'wrong username or password, or too many failed sign-ins from your address',
      { title: 'Sign-in refused' },
    );
  }
}

/** Too many failed sign-ins from this address, or from everywhere (spraying): says nothing of the account. */
export class SignInThrottled extends DomainError {
  constructor(
    readonly reason: 'address-limited' | 'spraying',
    readonly retryAfterSeconds: number,
  ) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'too-many-requests',
      `too many failed sign-ins; retry in ${retryAfterSeconds} s`,
      { title: 'Too Many Requests' },
    );
  }
}

// Verified against when the username is unknown or the attempt is refused unchecked, so that
// answer takes as long as a wrong password.
const DECOY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');

interface UserRow {
  id: string;
  username: string;
  role: Role;
  branch_code: string;
  password_hash: string;
  token_epoch: number;
  disabled: boolean;
}

/** Sign-in against the gateway's user store, throttled by account and address (decision 0023). */
@Injectable()
export class SignInHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: RefreshTokens,
    private readonly throttle: SignInThrottle,
  ) {}

  /** `address` is the client's IP as the gateway sees it (Fastify's request.ip). */
  async signIn(username: string, password: string, address: string): Promise<TokenPair> {
    // The row lock serialises attempts on one account, so parallel guesses cannot dodge the count.
    const outcome = await this.dataSource.transaction(async (db) => {
      const [user]: UserRow[] = await db.query(
        `SELECT id, username, role, branch_code, password_hash, token_epoch, disabled_at IS NOT NULL AS disabled
         FROM app_user WHERE username = $1 FOR UPDATE`,
        [username],
      );
      const admission = await this.throttle.admission(username, address);
      if (admission.kind !== 'admitted') {
        await verifyPassword(password, DECOY_HASH);
        await this.throttle.recordRefusal(address);
        return admission.kind === 'locked'
          ? new SignInRefused('locked')
          : new SignInThrottled(admission.kind, admission.retryAfterSeconds);
      }
      if (!(await verifyPassword(password, user?.password_hash ?? DECOY_HASH)) || !user) {
        const lockSeconds = await this.throttle.recordFailure(username, address);
        if (user && lockSeconds > 0)
          await db.query(
            `UPDATE app_user SET locked_until = greatest(locked_until, now() + make_interval(secs => $2))
             WHERE id = $1`,
            [user.id, lockSeconds],
          );
        return new SignInRefused(user ? 'wrong-password' : 'unknown-user');
      }
      if (user.disabled) return new SignInRefused('disabled');
      await this.throttle.recordSuccess(username, address);
      return this.tokens.issuePair(db, {
        id: user.id,
        username: user.username,
        role: user.role,
        branchCode: user.branch_code,
        epoch: user.token_epoch,
      });
    });
    // Thrown after commit: the failure counts must be kept even though the answer is an error.
    if (outcome instanceof DomainError) throw outcome;
    return outcome;
  }
}
