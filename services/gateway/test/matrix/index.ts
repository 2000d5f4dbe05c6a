import type { Expectation } from './expectation';
import { GATEWAY_MATRIX } from './gateway.matrix';
import { SCHEDULER_MATRIX } from './scheduler.matrix';

export * from './expectation';

/**
 * R41, written down independently of the code: who may call each route, one table per service
 * (`<service>.matrix.ts`). A route the app has and these tables lack (or the other way round)
 * fails the first test of access-matrix.int-spec.ts, so a new route cannot ship without a
 * decision here.
 */
export const MATRIX: Record<string, Expectation> = {
  ...GATEWAY_MATRIX,
  ...SCHEDULER_MATRIX,
};
