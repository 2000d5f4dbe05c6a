import { platformConfigSchema } from '@freight/platform';
import type { z } from 'zod';

export const SERVICE = 'warehouse';

export const warehouseConfigSchema = platformConfigSchema({ service: SERVICE, port: 8085 });

export type WarehouseConfig = z.output<typeof warehouseConfigSchema>;
