import { createHash } from 'node:crypto';

/** Keys are opaque to us; limit them to printable ASCII of sane length (they are stored). */
export const IDEMPOTENCY_KEY_FORMAT = /^[\x21-\x7e]{8,200}$/;

/** How long a key is remembered; a retry after that is a new request. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

/** Same route + same body (key order ignored) → same fingerprint. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface StoredAttempt {
  requestHash: string;
  responseStatus: number | null;
  responseBody: unknown;
}

export type ReplayDecision =
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** A key seen before: replay its answer, or refuse a different body, or wait for the first. */
export function decideReplay(stored: StoredAttempt, requestHash: string): ReplayDecision {
  if (stored.requestHash !== requestHash) return { kind: 'mismatch' };
  if (stored.responseStatus === null) return { kind: 'in-progress' };
  return { kind: 'replay', status: stored.responseStatus, body: stored.responseBody };
}
