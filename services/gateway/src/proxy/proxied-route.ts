import type { z } from 'zod';
import type { Role } from '../users/roles';

export type ProxiedMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** The services behind the gateway (config: `<NAME>_URL`). */
export type DownstreamService =
  'order' | 'tracking' | 'complaint' | 'billing' | 'warehouse' | 'scheduler' | 'planning';

/**
 * Where a proxied route finds the branch of what it touches (R41 branch scope). A branch user
 * reaching another branch's record gets 404 (audited as other-branch); HQ roles reach every
 * branch.
 */
export type BranchRule =
  | { in: 'path'; param: string }
  | { in: 'body'; field: string }
  | { in: 'record'; field: string }
  | { in: 'record-at'; path: string; field: string }
  | { in: 'query'; param: string; itemField: string };

export const branchIn = {
  /** a path parameter names the branch: checked before forwarding */
  path: (param: string): BranchRule => ({ in: 'path', param }),
  /**
   * a field of the request body names it: checked before forwarding; a branch user who leaves
   * it out gets their own branch filled in
   */
  body: (field: string): BranchRule => ({ in: 'body', field }),
  /** the answer is one record; this field (dot path) holds its branch */
  record: (field: string): BranchRule => ({ in: 'record', field }),
  /** another GET of the same service (same path parameters) tells the branch first */
  recordAt: (path: string, field: string): BranchRule => ({ in: 'record-at', path, field }),
  /**
   * A list the service filters by `?<param>=` in SQL: forced to a branch user's own branch (so
   * every page is full), optional for HQ. `itemField` (dot path) holds each item's branch; an
   * item of another branch in the answer is the service's bug, answered 502, never shown.
   */
  query: (param: string, itemField: string): BranchRule => ({ in: 'query', param, itemField }),
};

/** One route the gateway forwards: everything the guard, the audit and OpenAPI need to know. */
export interface ProxiedRoute {
  method: ProxiedMethod;
  /** under /api/v1, Nest syntax: `queues/:branch/:role` */
  path: string;
  service: DownstreamService;
  /** the service's internal path, with the same `:params` */
  to: string;
  /** who may call it (R41); `public` for the tokenised customer routes (rate-limited per IP) */
  roles: readonly Role[] | 'public';
  scope: 'company' | BranchRule;
  summary: string;
  description?: string;
  /** the query, a strict object: validated here (400 naming the field) and documented */
  query?: z.ZodObject;
  /** path parameters: validated (a NUL, an over-long or a malformed id is a 400 here) */
  params?: Record<string, z.ZodType<string>>;
  /** the JSON body: validated here and documented; the service validates it again */
  body?: z.ZodType;
  /** the success answer, documented; `binary` for files (PDF, CSV, XLSX) passed through */
  response?: z.ZodType | { binary: string[] };
  /**
   * content types the route also answers with, as a file, besides its JSON `response` (a report
   * asked for with `?format=csv|xlsx`): documented as binary next to the JSON
   */
  files?: string[];
  /**
   * refusals besides those every proxied route documents, e.g. 410 for an expired public link
   * (problem+json, passed through from the service)
   */
  problems?: number[];
  /** the success status; 200 unless given (201 for creates) */
  status?: number;
  /** what the audit record names as target: a path parameter or a body field */
  target?: `param:${string}` | `body:${string}`;
  /** an example body for the API docs */
  example?: unknown;
}

/** One row of a service's route table (`routes/<service>.routes.ts`). */
export function route(definition: ProxiedRoute): ProxiedRoute {
  return definition;
}
