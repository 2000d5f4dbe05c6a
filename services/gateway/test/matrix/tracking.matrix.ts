import type { Expectation } from './expectation';

/** Routes proxied to the tracking service (src/proxy/routes/tracking.routes.ts). */
export const TRACKING_MATRIX: Record<string, Expectation> = {};
