import { env, platformConfigSchema } from '@freight/platform';
import { z } from 'zod';

export const SERVICE = 'gateway';

export const gatewayConfigSchema = platformConfigSchema({ service: SERVICE, port: 8080 }).extend({
  // The internal HTTP addresses of the services behind the gateway.
  ORDER_URL: env.httpUrl('http://127.0.0.1:8081'),
  TRACKING_URL: env.httpUrl('http://127.0.0.1:8082'),
  COMPLAINT_URL: env.httpUrl('http://127.0.0.1:8083'),
  BILLING_URL: env.httpUrl('http://127.0.0.1:8084'),
  WAREHOUSE_URL: env.httpUrl('http://127.0.0.1:8085'),
  SCHEDULER_URL: env.httpUrl('http://127.0.0.1:8086'),
  // Password of the demo users (DEMO_DATA=true); generated and logged once when unset.
  DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),
});

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** The services behind the gateway and where to reach them. */
export function downstreamServices(config: GatewayConfig): { name: string; url: string }[] {
  return [
    { name: 'order', url: config.ORDER_URL },
    { name: 'tracking', url: config.TRACKING_URL },
    { name: 'complaint', url: config.COMPLAINT_URL },
    { name: 'billing', url: config.BILLING_URL },
    { name: 'warehouse', url: config.WAREHOUSE_URL },
    { name: 'scheduler', url: config.SCHEDULER_URL },
  ];
}
