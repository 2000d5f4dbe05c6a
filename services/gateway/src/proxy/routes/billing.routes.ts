import type { ProxiedRoute } from '../proxied-route';

/** The billing service's routes, one object each (see scheduler.routes.ts for the shape). */
export const BILLING_ROUTES: readonly ProxiedRoute[] = [];
