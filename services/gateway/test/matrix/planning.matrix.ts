import type { Expectation } from './expectation';

/** Routes proxied to the planning service (src/proxy/routes/planning.routes.ts). */
export const PLANNING_MATRIX: Record<string, Expectation> = {};
