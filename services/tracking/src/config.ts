import { platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'tracking';

export const trackingConfigSchema = platformConfigSchema({ service: SERVICE, port: 8082 });

export type TrackingConfig = z.output<typeof trackingConfigSchema>;
