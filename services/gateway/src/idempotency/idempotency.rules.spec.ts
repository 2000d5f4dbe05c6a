import { decideReplay, requestFingerprint } from './idempotency.rules';

describe('idempotent replays', () => {
  it('fingerprint the same body the same way whatever its key order', () => {
    expect(requestFingerprint('POST', '/a', { x: 1, y: { b: 2, a: 1 } })).toBe(
      requestFingerprint('POST', '/a', { y: { a: 1, b: 2 }, x: 1 }),
    );
    expect(requestFingerprint('POST', '/a', { x: 1 })).not.toBe(
      requestFingerprint('POST', '/b', { x: 1 }),
    );
    expect(requestFingerprint('POST', '/a', { x: 1 })).not.toBe(
      requestFingerprint('POST', '/a', { x: 2 }),
    );
  });

  it('replay a finished answer, refuse another body, and wait for a running first attempt', () => {
    const stored = { requestHash: 'h1', responseStatus: 201, responseBody: { id: 'u1' } };
    expect(decideReplay(stored, 'h1')).toEqual({ kind: 'replay', status: 201, body: { id: 'u1' } });
    expect(decideReplay(stored, 'h2')).toEqual({ kind: 'mismatch' });
    expect(decideReplay({ ...stored, responseStatus: null }, 'h1')).toEqual({
      kind: 'in-progress',
    });
  });
});
