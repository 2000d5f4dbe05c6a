import type { ProxiedRoute } from '../proxied-route';
import { BILLING_ROUTES } from './billing.routes';
import { COMPLAINT_ROUTES } from './complaint.routes';
import { ORDER_ROUTES } from './order.routes';
import { PLANNING_ROUTES } from './planning.routes';
import { SCHEDULER_ROUTES } from './scheduler.routes';
import { TRACKING_ROUTES } from './tracking.routes';
import { WAREHOUSE_ROUTES } from './warehouse.routes';

/**
 * Every route the gateway forwards to a service behind it: one table per service, one object
 * per route (decision 0022). The guard, the audit, idempotency keys, problem+json and the
 * OpenAPI document apply to these exactly as to the gateway's own routes; the authorisation
 * matrix test lists them too.
 */
export const PROXIED_ROUTES: readonly ProxiedRoute[] = [
  ...ORDER_ROUTES,
  ...TRACKING_ROUTES,
  ...COMPLAINT_ROUTES,
  ...BILLING_ROUTES,
  ...WAREHOUSE_ROUTES,
  ...PLANNING_ROUTES,
  ...SCHEDULER_ROUTES,
];
