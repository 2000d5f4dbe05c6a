import { createHash, randomBytes } from 'node:crypto';

/** A stored refresh token's state, as the rotation decision needs it. */
export interface StoredRefreshToken {
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * What presenting a refresh token leads to. A token already rotated means two parties hold the
 * family (one of them a thief): the whole family is revoked (OAuth 2.0 Security BCP 4.14.2).
 */
export type RefreshDecision = 'rotate' | 'unknown' | 'revoked' | 'expired' | 'reused';

export function decideRefresh(token: StoredRefreshToken | undefined, now: Date): RefreshDecision {
  if (!token) return 'unknown';
  if (token.revokedAt) return 'revoked';
  if (token.rotatedAt) return 'reused';
  if (token.expiresAt <= now) return 'expired';
  return 'rotate';
}

/** Opaque, 256 random bits: nothing in it to decode or forge. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a leaked table holds no usable token. */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
