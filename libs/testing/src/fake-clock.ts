import type { Clock } from '@freight/platform';

type Instant = Date | string | number;

function toEpochMs(instant: Instant): number {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new Error(`not a valid instant: ${String(instant)}`);
  return ms;
}

/**
 * A clock that moves only when told, so time-based rules (deadlines, escalations, business hours)
 * are tested without waiting. Starts at a fixed Monday 08:00 UTC unless given a start.
 */
export class FakeClock implements Clock {
  private current: number;

  constructor(start: Instant = '2025-01-06T08:00:00.000Z') {
    this.current = toEpochMs(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves forward by `ms` (never backwards: use set() for that). */
  advance(ms: number): this {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(`advance() takes a non-negative number of ms, got ${ms}`);
    this.current += ms;
    return this;
  }

  set(instant: Instant): this {
    this.current = toEpochMs(instant);
    return this;
  }
}
