import type { ProxiedRoute } from '../proxied-route';

/** The warehouse service's routes, one object each (see scheduler.routes.ts for the shape). */
export const WAREHOUSE_ROUTES: readonly ProxiedRoute[] = [];
