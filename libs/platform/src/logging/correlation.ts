import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The header a caller sets to tie its request to ours; we always echo it back. */
export const CORRELATION_HEADER = 'x-correlation-id';

interface CorrelationScope {
  correlationId: string;
}

const scope = new AsyncLocalStorage<CorrelationScope>();

/** The correlation id of the work in progress (HTTP request, later: consumed event), if any. */
export function currentCorrelationId(): string | undefined {
  return scope.getStore()?.correlationId;
}

/** Runs `work` so that everything it logs or publishes carries `correlationId`. */
export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return scope.run({ correlationId }, work);
}

// Header values are logged and forwarded: accept only a sane token, never arbitrary text.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@\/+=-]{1,128}$/;

/** The caller's correlation id when it is usable, otherwise a fresh one. */
export function correlationIdFrom(headerValue: string | string[] | undefined): string {
  const candidate = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  return candidate !== undefined && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
}
