import { env, platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'scheduler';

export const schedulerConfigSchema = platformConfigSchema({ service: SERVICE, port: 8086 }).extend({
  /**
   * the firer's backstop poll (R39). It also wakes at the earliest next level it knows of and
   * when a command on this replica schedules an earlier one (DEADLINE_WAKE_AT_DUE), so this
   * bounds lateness only for levels it could not see coming (armed on another replica).
   */
  DEADLINE_POLL_MS: env.positiveInteger(1_000),
  /** wake the firer at the earliest next_fire_at instead of only polling (docs/scheduler.md) */
  DEADLINE_WAKE_AT_DUE: env.flag(true),
  /** deadlines claimed per firing transaction */
  DEADLINE_BATCH_SIZE: env.positiveInteger(500),
  /** firing transactions in flight at once on this replica (SKIP LOCKED gives each its rows) */
  DEADLINE_FIRING_CONCURRENCY: env.positiveInteger(2),
});

export type SchedulerConfig = z.output<typeof schedulerConfigSchema>;
