import { platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'scheduler';

export const schedulerConfigSchema = platformConfigSchema({ service: SERVICE, port: 8086 });

export type SchedulerConfig = z.output<typeof schedulerConfigSchema>;
