import type { ProxiedRoute } from '../proxied-route';

/** The complaint service's routes, one object each (see scheduler.routes.ts for the shape). */
export const COMPLAINT_ROUTES: readonly ProxiedRoute[] = [];
