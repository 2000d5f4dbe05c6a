import type { Expectation } from './expectation';

/** Routes proxied to the complaint service (src/proxy/routes/complaint.routes.ts). */
export const COMPLAINT_MATRIX: Record<string, Expectation> = {};
