import { afterFailedSignIn, isLocked } from './lockout.rules';

const policy = { maxFailures: 5, lockoutSeconds: 900 };
const now = new Date('2026-03-02T08:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('sign-in lockout', () => {
  it('counts failures and locks at the fifth, for fifteen minutes', () => {
    let record = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      record = afterFailedSignIn(record, now, policy);
      expect(record).toEqual({ failedLogins: i, lockedUntil: null });
    }
    record = afterFailedSignIn(record, now, policy);
    expect(record).toEqual({ failedLogins: 5, lockedUntil: later(900) });
    expect(isLocked(record, later(899))).toBe(true);
    expect(isLocked(record, later(900))).toBe(false);
  });

  it('starts counting afresh once a lock has run out', () => {
    const expired = { failedLogins: 5, lockedUntil: later(-1) };
    expect(afterFailedSignIn(expired, now, policy)).toEqual({ failedLogins: 1, lockedUntil: null });
  });
});
