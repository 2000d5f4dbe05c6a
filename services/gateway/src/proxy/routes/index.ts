import type { ProxiedRoute } from '../proxied-route';
import { SCHEDULER_ROUTES } from './scheduler.routes';

/**
 * Every route the gateway forwards to a service behind it: one table per service, one object
 * per route (decision 0022). The guard, the audit, idempotency keys, problem+json and the
 * OpenAPI document apply to these exactly as to the gateway's own routes; the authorisation
 * matrix test lists them too.
 */
export const PROXIED_ROUTES: readonly ProxiedRoute[] = [...SCHEDULER_ROUTES];
