import { platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'order';

export const orderConfigSchema = platformConfigSchema({ service: SERVICE, port: 8081 });

export type OrderConfig = z.output<typeof orderConfigSchema>;
