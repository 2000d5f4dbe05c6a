import { decideRefresh, newRefreshToken, refreshTokenHash } from './refresh-token.rules';

const now = new Date('2026-03-02T08:00:00Z');
const live = { expiresAt: new Date('2026-03-03T08:00:00Z'), rotatedAt: null, revokedAt: null };

describe('refresh token rotation', () => {
  it('rotates a live token', () => expect(decideRefresh(live, now)).toBe('rotate'));
  it('refuses unknown, expired and revoked tokens', () => {
    expect(decideRefresh(undefined, now)).toBe('unknown');
    expect(decideRefresh({ ...live, expiresAt: now }, now)).toBe('expired');
    expect(decideRefresh({ ...live, revokedAt: now }, now)).toBe('revoked');
  });
  it('treats a spent token presented again as reuse (theft), even before it would expire', () => {
    expect(decideRefresh({ ...live, rotatedAt: now }, now)).toBe('reused');
  });
  it('stores only a hash of a random 256-bit token', () => {
    const token = newRefreshToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(refreshTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(refreshTokenHash(token)).not.toContain(token);
  });
});
