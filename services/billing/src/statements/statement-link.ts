import { createHash, randomBytes } from 'node:crypto';

// R24: the customer's confirmation link carries a random token (256 bits, base64url: 43
// characters). Only its SHA-256 is stored, so the database alone cannot forge a link; the token
// itself lives in the mail job until the mail has gone out.

export function newStatementToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOfToken(token) };
}

export const hashOfToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export const linkOf = (base: string, token: string): string => `${base}/${token}`;
