/**
 * How sign-in failures are throttled (docs/decisions/0023). A wrong-password flood must not
 * become a way to lock the owner out (ASVS 5.0 6.1.1/6.3.1, OWASP Authentication Cheat Sheet),
 * so nothing here locks an account as such:
 *
 * - one account from one address: after `maxFailures` wrong passwords that address is locked
 *   out of that account, for `lockoutSeconds`, doubling with every further failure (up to a day);
 * - one address, whatever the accounts: `maxFailuresPerAddress` per window, then 429;
 * - everyone: more than `maxFailuresGlobal` per window is a spraying attack, and addresses
 *   that have not signed anyone in for 30 days get 429 until the window ends.
 */
export interface SignInThrottlePolicy {
  maxFailures: number;
  lockoutSeconds: number;
  maxFailuresPerAddress: number;
  maxFailuresGlobal: number;
  windowSeconds: number;
}

/** No lock of one account from one address lasts longer than this. */
export const LONGEST_LOCK_SECONDS = 24 * 3600;
/** Failures of one account from one address are remembered this long after the first. */
export const FAILURE_MEMORY_SECONDS = 24 * 3600;
/** An address that signed someone in is trusted during a spraying attack for this long. */
export const KNOWN_ADDRESS_SECONDS = 30 * 24 * 3600;

/**
 * How long one address is locked out of one account after its `failures`-th wrong password
 * (within FAILURE_MEMORY_SECONDS); 0 before `maxFailures`. Each failure after a lock has
 * expired locks again at once, twice as long.
 */
export function lockSecondsAfter(
  failures: number,
  policy: Pick<SignInThrottlePolicy, 'maxFailures' | 'lockoutSeconds'>,
): number {
  if (failures < policy.maxFailures) return 0;
  const doublings = Math.min(failures - policy.maxFailures, 32);
  return Math.min(policy.lockoutSeconds * 2 ** doublings, LONGEST_LOCK_SECONDS);
}

/** What a sign-in attempt meets before its password is even checked. */
export type Admission =
  | { kind: 'admitted' }
  | { kind: 'address-limited'; retryAfterSeconds: number }
  | { kind: 'spraying'; retryAfterSeconds: number }
  | { kind: 'locked' };

export interface AttemptContext {
  /** failures from this address (any account) in its current window, and the window's rest */
  address: { failures: number; msLeft: number };
  /** failures from every address in the current global window, and the window's rest */
  global: { failures: number; msLeft: number };
  /** this address signed someone in within KNOWN_ADDRESS_SECONDS */
  knownAddress: boolean;
  /** this address is locked out of this account now */
  lockedForAccount: boolean;
}

export function admit(context: AttemptContext, policy: SignInThrottlePolicy): Admission {
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  if (context.address.failures >= policy.maxFailuresPerAddress)
    return { kind: 'address-limited', retryAfterSeconds: seconds(context.address.msLeft) };
  if (context.global.failures >= policy.maxFailuresGlobal && !context.knownAddress)
    return { kind: 'spraying', retryAfterSeconds: seconds(context.global.msLeft) };
  if (context.lockedForAccount) return { kind: 'locked' };
  return { kind: 'admitted' };
}
