import { platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'complaint';

export const complaintConfigSchema = platformConfigSchema({ service: SERVICE, port: 8083 });

export type ComplaintConfig = z.output<typeof complaintConfigSchema>;
