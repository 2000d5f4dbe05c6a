import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectClock, type Clock } from '@freight/platform';

const backdated = new AsyncLocalStorage<Date>();

/**
 * The warehouse's "now": the service clock (a FakeClock in tests), except inside
 * `WarehouseClock.at(…)`, which only the demo data uses to lay down a month of forms through the
 * real use cases, each dated on its own day (decision 0087).
 */
@Injectable()
export class WarehouseClock implements Clock {
  constructor(@InjectClock() private readonly clock: Clock) {}

  now(): Date {
    return backdated.getStore() ?? this.clock.now();
  }

  /** Runs `work` as of `at`: its forms, ledger lines and clocks are dated then. Demo data only. */
  static at<T>(at: Date, work: () => Promise<T>): Promise<T> {
    return backdated.run(at, work);
  }
}
