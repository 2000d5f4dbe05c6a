import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { LRUCache } from 'lru-cache';
import { DataSource, EntityManager } from 'typeorm';
import type { GatewayConfig } from '../config';

/** How many users' epochs are remembered (a few dozen bytes each). */
const USERS_KEPT = 50_000;

/**
 * Each user's token epoch: the access tokens the gateway issues carry it, and a token of an
 * older epoch is refused on its next request (decision 0020). Raised by a role, branch or
 * password change, a disable and "revoke sessions", in the transaction of that change.
 *
 * The current epoch is read on every authenticated request, so it is remembered for
 * TOKEN_EPOCH_CACHE_MS: this process forgets a user's epoch as soon as it raised it, other
 * replicas within that time (the bound on how long a demoted user keeps their old powers there).
 */
@Injectable()
export class TokenEpochs {
  // `null`: no such user, or disabled — no token of theirs is good.
  private readonly epochs: LRUCache<string, { epoch: number | null }>;

  constructor(
    private readonly dataSource: DataSource,
    @InjectServiceConfig() config: GatewayConfig,
  ) {
    this.epochs = new LRUCache({ max: USERS_KEPT, ttl: config.TOKEN_EPOCH_CACHE_MS });
  }

  /** The epoch a token of `userId` must carry now; null when none may be used. */
  async current(userId: string): Promise<number | null> {
    const known = this.epochs.get(userId);
    if (known) return known.epoch;
    const [row]: { token_epoch: number; disabled: boolean }[] = await this.dataSource.query(
      'SELECT token_epoch, disabled_at IS NOT NULL AS disabled FROM app_user WHERE id = $1',
      [userId],
    );
    const epoch = row && !row.disabled ? row.token_epoch : null;
    this.epochs.set(userId, { epoch });
    return epoch;
  }

  /** Ends every access token of the user issued so far; call forget() once the transaction committed. */
  async raise(db: EntityManager, userId: string): Promise<void> {
    await db.query('UPDATE app_user SET token_epoch = token_epoch + 1 WHERE id = $1', [userId]);
  }

  forget(userId: string): void {
    this.epochs.delete(userId);
  }
}
