import { createHash, randomBytes } from 'node:crypto';

/**
 * The tokens of the customers' public links (R22 ballots, R23 surveys): 256 random bits,
 * base64url (43 characters). Only their SHA-256 is stored: a copy of the database opens no form.
 */
export function newLinkToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
