import { Inject } from '@nestjs/common';

/**
 * A service's only source of "now" (architecture.md, Deadlines). PlatformModule provides the
 * system clock; a test replaces it once for the whole service (startServiceForTest in
 * @freight/testing gives a FakeClock), so no test waits hours for a deadline.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('freight.clock');

/** Injects the service's clock: `constructor(@InjectClock() private readonly clock: Clock)`. */
export const InjectClock = (): ParameterDecorator => Inject(CLOCK);

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
