import type { Expectation } from './expectation';

/** Routes proxied to the warehouse service (src/proxy/routes/warehouse.routes.ts). */
export const WAREHOUSE_MATRIX: Record<string, Expectation> = {};
