import type { Role } from '../users/roles';

export type ProxiedMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** The services behind the gateway (config: `<NAME>_URL`). */
export type DownstreamService =
  'order' | 'tracking' | 'complaint' | 'billing' | 'warehouse' | 'scheduler';

/**
 * Where a proxied route finds the branch of what it touches (R41 branch scope). A branch user
 * reaching another branch's record gets 404 (audited as other-branch); in lists, other
 * branches' items are left out. HQ roles reach every branch.
 */
export type BranchRule =
  | { in: 'path'; param: string }
  | { in: 'body'; field: string }
  | { in: 'record'; field: string }
  | { in: 'items'; field: string }
  | { in: 'record-at'; path: string; field: string };

export const branchIn = {
  /** a path parameter names the branch: checked before forwarding */
  path: (param: string): BranchRule => ({ in: 'path', param }),
  /** a field of the request body names it: checked before forwarding */
  body: (field: string): BranchRule => ({ in: 'body', field }),
  /** the answer is one record; this field (dot path) holds its branch */
  record: (field: string): BranchRule => ({ in: 'record', field }),
  /** the answer is `{ items: [...] }`; each item's field holds its branch */
  items: (field: string): BranchRule => ({ in: 'items', field }),
  /** another GET of the same service (same path parameters) tells the branch first */
  recordAt: (path: string, field: string): BranchRule => ({ in: 'record-at', path, field }),
};

export interface ProxiedRouteOptions {
  summary: string;
  /** the query parameters the route takes (true: required); any other is a 400 */
  query?: Record<string, boolean>;
  /** path parameters translated (or refused: undefined → 400) before forwarding */
  params?: Record<string, (value: string) => string | undefined>;
  /** what the audit record names as target: a path parameter or a body field */
  target?: `param:${string}` | `body:${string}`;
}

export interface ProxiedRoute extends ProxiedRouteOptions {
  method: ProxiedMethod;
  /** under /api/v1, Nest syntax: `queues/:branch/:role` */
  path: string;
  service: DownstreamService;
  /** the service's internal path, with the same `:params` */
  to: string;
  roles: readonly Role[];
  scope: 'company' | BranchRule;
}

export function route(
  method: ProxiedMethod,
  path: string,
  service: DownstreamService,
  to: string,
  roles: readonly Role[],
  scope: ProxiedRoute['scope'],
  options: ProxiedRouteOptions,
): ProxiedRoute {
  return { method, path, service, to, roles, scope, ...options };
}
