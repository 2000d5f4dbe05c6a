import { env, platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'scheduler';

export const schedulerConfigSchema = platformConfigSchema({ service: SERVICE, port: 8086 }).extend({
  /** how often the firer looks for lapsed levels (R39); lateness is at most about this */
  DEADLINE_POLL_MS: env.positiveInteger(1_000),
  /** deadlines claimed per firing transaction */
  DEADLINE_BATCH_SIZE: env.positiveInteger(500),
});

export type SchedulerConfig = z.output<typeof schedulerConfigSchema>;
