import {
  admit,
  AttemptContext,
  lockSecondsAfter,
  LONGEST_LOCK_SECONDS,
  SignInThrottlePolicy,
} from './sign-in-throttle.rules';

const policy: SignInThrottlePolicy = {
  maxFailures: 5,
  lockoutSeconds: 900,
  maxFailuresPerAddress: 30,
  maxFailuresGlobal: 300,
  windowSeconds: 900,
};
const calm: AttemptContext = {
  address: { failures: 0, msLeft: 0 },
  global: { failures: 0, msLeft: 0 },
  knownAddress: false,
  lockedForAccount: false,
};

describe('sign-in throttling', () => {
  it('locks one address out of one account at the fifth failure, for fifteen minutes', () => {
    expect([1, 2, 3, 4].map((n) => lockSecondsAfter(n, policy))).toEqual([0, 0, 0, 0]);
    expect(lockSecondsAfter(5, policy)).toBe(900);
  });

  it('doubles the lock with every further failure, up to a day', () => {
    expect([6, 7, 8].map((n) => lockSecondsAfter(n, policy))).toEqual([1800, 3600, 7200]);
    expect(lockSecondsAfter(12, policy)).toBe(LONGEST_LOCK_SECONDS);
    expect(lockSecondsAfter(10_000, policy)).toBe(LONGEST_LOCK_SECONDS);
  });

  it('admits an attempt when nothing is over its limit', () => {
    expect(admit(calm, policy)).toEqual({ kind: 'admitted' });
  });

  it('refuses an address over its own limit whatever the account, until its window ends', () => {
    const busy = { ...calm, address: { failures: 30, msLeft: 61_200 } };
    expect(admit(busy, policy)).toEqual({ kind: 'address-limited', retryAfterSeconds: 62 });
    expect(admit({ ...busy, knownAddress: true }, policy)).toMatchObject({
      kind: 'address-limited',
    });
  });

  it('during a spraying attack refuses only addresses that have not signed anyone in lately', () => {
    const spraying = { ...calm, global: { failures: 300, msLeft: 120_000 } };
    expect(admit(spraying, policy)).toEqual({ kind: 'spraying', retryAfterSeconds: 120 });
    expect(admit({ ...spraying, knownAddress: true }, policy)).toEqual({ kind: 'admitted' });
  });

  it('refuses an address locked out of the account, and only that address', () => {
    expect(admit({ ...calm, lockedForAccount: true }, policy)).toEqual({ kind: 'locked' });
  });
});
