import type { Expectation } from './expectation';

/** Routes proxied to the billing service (src/proxy/routes/billing.routes.ts). */
export const BILLING_MATRIX: Record<string, Expectation> = {};
