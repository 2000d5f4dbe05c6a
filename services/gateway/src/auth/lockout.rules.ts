/** Failed sign-ins of one account so far, and until when it is locked. */
export interface SignInRecord {
  failedLogins: number;
  lockedUntil: Date | null;
}

export interface LockoutPolicy {
  maxFailures: number;
  lockoutSeconds: number;
}

/** ASVS 2.2.1: a locked account refuses even the right password until the lock runs out. */
export function isLocked(record: SignInRecord, now: Date): boolean {
  return record.lockedUntil !== null && record.lockedUntil > now;
}

/**
 * The account after one more wrong password: counted, and locked once `maxFailures` is reached.
 * A lock that has run out starts the count afresh, so one late mistake does not re-lock at once.
 */
export function afterFailedSignIn(
  record: SignInRecord,
  now: Date,
  policy: LockoutPolicy,
): SignInRecord {
  const lockExpired = record.lockedUntil !== null && record.lockedUntil <= now;
  const failedLogins = (lockExpired ? 0 : record.failedLogins) + 1;
  const lockedUntil =
    failedLogins >= policy.maxFailures
      ? new Date(now.getTime() + policy.lockoutSeconds * 1000)
      : null;
  return { failedLogins, lockedUntil };
}

export const AFTER_SUCCESSFUL_SIGN_IN: SignInRecord = { failedLogins: 0, lockedUntil: null };
