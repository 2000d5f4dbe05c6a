import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { GatewayConfig } from '../config';
import {
  admit,
  Admission,
  FAILURE_MEMORY_SECONDS,
  KNOWN_ADDRESS_SECONDS,
  lockSecondsAfter,
  SignInThrottlePolicy,
} from './sign-in-throttle.rules';

/** The table the counters live in (migration 1796083200000): shared by every gateway replica. */
export const SIGN_IN_LIMIT_TABLE = 'sign_in_limit';

const PREFIX = {
  failures: 'account-address',
  locks: 'account-address-lock',
  address: 'address',
  global: 'everyone',
  known: 'known-address',
} as const;

/** One account from one address, unambiguous whatever the (unvalidated) username holds. */
const accountAddress = (username: string, address: string) => JSON.stringify([username, address]);

/**
 * The counters of sign-in throttling (sign-in-throttle.rules.ts), kept in Postgres by
 * rate-limiter-flexible, so that every replica sees the same counts and a restart forgets none.
 */
@Injectable()
export class SignInThrottle {
  readonly policy: SignInThrottlePolicy;
  private readonly failures: RateLimiterPostgres;
  private readonly locks: RateLimiterPostgres;
  private readonly addressFailures: RateLimiterPostgres;
  private readonly globalFailures: RateLimiterPostgres;
  private readonly knownAddresses: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    @InjectServiceConfig() config: GatewayConfig,
  ) {
    this.policy = {
      maxFailures: config.LOGIN_MAX_FAILURES,
      lockoutSeconds: config.LOGIN_LOCKOUT_SECONDS,
      maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
      maxFailuresGlobal: config.LOGIN_MAX_FAILURES_GLOBAL,
      windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
    };
    const limiter = (keyPrefix: string, points: number, duration: number, clearExpired = false) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: SIGN_IN_LIMIT_TABLE,
        tableCreated: true,
        // one of them sweeps expired rows (every 5 min, unref'd timer) for all
        clearExpiredByTimeout: clearExpired,
        keyPrefix,
        points,
        duration,
      });
    const { windowSeconds, maxFailuresPerAddress, maxFailuresGlobal } = this.policy;
    this.failures = limiter(PREFIX.failures, Number.MAX_SAFE_INTEGER, FAILURE_MEMORY_SECONDS, true);
    this.locks = limiter(PREFIX.locks, 1, LONG_ENOUGH);
    this.addressFailures = limiter(PREFIX.address, maxFailuresPerAddress, windowSeconds);
    this.globalFailures = limiter(PREFIX.global, maxFailuresGlobal, windowSeconds);
    this.knownAddresses = limiter(PREFIX.known, 1, KNOWN_ADDRESS_SECONDS);
  }

  /** Whether an attempt on `username` from `address` may have its password checked. */
  async admission(username: string, address: string): Promise<Admission> {
    const [fromAddress, fromEveryone, known, lock] = await Promise.all([
      this.addressFailures.get(address),
      this.globalFailures.get('*'),
      this.knownAddresses.get(address),
      this.locks.get(accountAddress(username, address)),
    ]);
    return admit(
      {
        address: counted(fromAddress),
        global: counted(fromEveryone),
        knownAddress: known !== null,
        lockedForAccount: lock !== null && lock.consumedPoints > 1 && lock.msBeforeNext > 0,
      },
      this.policy,
    );
  }

  /** Counts a wrong password; returns how long this address is now locked out of the account (s). */
  async recordFailure(username: string, address: string): Promise<number> {
    const key = accountAddress(username, address);
    const [ofAccount] = await Promise.all([
      this.failures.penalty(key, 1),
      this.addressFailures.penalty(address, 1),
      this.globalFailures.penalty('*', 1),
    ]);
    const lockSeconds = lockSecondsAfter(ofAccount.consumedPoints, this.policy);
    if (lockSeconds > 0) await this.locks.block(key, lockSeconds);
    return lockSeconds;
  }

  /** Counts an attempt refused without a password check (address over its limit, a lock). */
  async recordRefusal(address: string): Promise<void> {
    await Promise.all([
      this.addressFailures.penalty(address, 1),
      this.globalFailures.penalty('*', 1),
    ]);
  }

  /** The owner got in from here: this address's failures on the account are forgotten, and it is known. */
  async recordSuccess(username: string, address: string): Promise<void> {
    const key = accountAddress(username, address);
    await Promise.all([
      this.failures.delete(key),
      this.locks.delete(key),
      this.knownAddresses.set(address, 1, KNOWN_ADDRESS_SECONDS),
    ]);
  }

  /** An administrator's unlock: every address's failures and locks on the account are forgotten. */
  async forgetAccount(username: string): Promise<void> {
    const like = (prefix: string) =>
      `${prefix}:${JSON.stringify([username]).slice(0, -1)},`.replace(/[\\%_]/g, (c) => `\\${c}`) +
      '%';
    await this.dataSource.query(
      `DELETE FROM ${SIGN_IN_LIMIT_TABLE} WHERE key LIKE $1 OR key LIKE $2`,
      [like(PREFIX.failures), like(PREFIX.locks)],
    );
  }
}

// A lock's own length is given to block() each time.
const LONG_ENOUGH = 24 * 3600;

const counted = (res: RateLimiterRes | null) =>
  res ? { failures: res.consumedPoints, msLeft: res.msBeforeNext } : { failures: 0, msLeft: 0 };
