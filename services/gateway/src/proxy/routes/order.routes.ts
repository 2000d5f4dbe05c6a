import type { ProxiedRoute } from '../proxied-route';

/** The order service's routes, one object each (see scheduler.routes.ts for the shape). */
export const ORDER_ROUTES: readonly ProxiedRoute[] = [];
