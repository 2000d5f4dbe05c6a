/**
 * The scheduler's only source of "now" (architecture.md, Deadlines): production reads the
 * system clock, tests inject @freight/testing's FakeClock and never wait hours.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('scheduler.clock');

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
