import type { ProxiedRoute } from '../proxied-route';

/** The tracking service's routes, one object each (see scheduler.routes.ts for the shape). */
export const TRACKING_ROUTES: readonly ProxiedRoute[] = [];
