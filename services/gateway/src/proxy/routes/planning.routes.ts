import type { ProxiedRoute } from '../proxied-route';

/** The planning service's routes, one object each (see scheduler.routes.ts for the shape). */
export const PLANNING_ROUTES: readonly ProxiedRoute[] = [];
