import { Gauge, Registry } from 'prom-client';
import type { Clock } from '@freight/platform';

/**
 * How far behind the firer is: the age of the oldest ladder level that lapsed and has not fired
 * (0 when none), read at scrape time. A stalled firer shows here — the lateness histogram only
 * goes quiet — and after downtime it falls back to 0 as the backlog drains.
 */
export function registerFiringBacklog(
  registry: Registry,
  clock: Clock,
  earliestNextFire: () => Promise<Date | null>,
): void {
  new Gauge({
    name: 'scheduler_oldest_unfired_seconds',
    help: 'Age of the oldest lapsed ladder level not yet fired (0 when none)',
    registers: [registry],
    async collect() {
      const next = await earliestNextFire();
      this.set(next ? Math.max(0, (clock.now().getTime() - next.getTime()) / 1000) : 0);
    },
  });
}
