import type { Expectation } from './expectation';

/** Routes proxied to the order service (src/proxy/routes/order.routes.ts). */
export const ORDER_MATRIX: Record<string, Expectation> = {};
