import type { Expectation } from './expectation';
import { GATEWAY_MATRIX } from './gateway.matrix';
import { BILLING_MATRIX } from './billing.matrix';
import { COMPLAINT_MATRIX } from './complaint.matrix';
import { ORDER_MATRIX } from './order.matrix';
import { PLANNING_MATRIX } from './planning.matrix';
import { SCHEDULER_MATRIX } from './scheduler.matrix';
import { TRACKING_MATRIX } from './tracking.matrix';
import { WAREHOUSE_MATRIX } from './warehouse.matrix';

export * from './expectation';

/**
 * R41, written down independently of the code: who may call each route, one table per service
 * (`<service>.matrix.ts`). A route the app has and these tables lack (or the other way round)
 * fails the first test of access-matrix.int-spec.ts, so a new route cannot ship without a
 * decision here.
 */
export const MATRIX: Record<string, Expectation> = {
  ...GATEWAY_MATRIX,
  ...ORDER_MATRIX,
  ...TRACKING_MATRIX,
  ...COMPLAINT_MATRIX,
  ...BILLING_MATRIX,
  ...WAREHOUSE_MATRIX,
  ...PLANNING_MATRIX,
  ...SCHEDULER_MATRIX,
};
