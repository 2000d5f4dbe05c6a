import { platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'billing';

export const billingConfigSchema = platformConfigSchema({ service: SERVICE, port: 8084 });

export type BillingConfig = z.output<typeof billingConfigSchema>;
