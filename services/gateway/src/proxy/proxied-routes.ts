import { ANY_ROLE } from '../access/access.decorator';
import { isRole, Role } from '../users/roles';
import { branchIn, ProxiedRoute, route } from './proxied-route';

const STAFF = ANY_ROLE;
const CALENDAR_EDITORS: readonly Role[] = ['admin', 'branch-manager'];

/** `:role` must be one of the roles staff sign in with (the scheduler's ladders use the same names). */
const knownRole = (value: string): string | undefined => (isRole(value) ? value : undefined);

/**
 * Every route the gateway forwards to a service behind it, one line each (issue 5 item 1):
 * method, path under /api/v1, service, its internal path, roles, branch scope. The guard, the
 * audit, idempotency keys, problem+json and the OpenAPI document (x-roles, x-branch-scope) apply
 * to these exactly as to the gateway's own routes; the authorisation matrix test lists them too.
 */
export const PROXIED_ROUTES: readonly ProxiedRoute[] = [
  // scheduler (issue 4 item 4): deadlines, queues and business calendars; R39
  route('GET', 'deadlines', 'scheduler', '/deadlines', STAFF, branchIn.items('subject.branch'), {
    summary: "A subject's deadlines (only your branch's unless HQ)",
    query: { subjectType: true, subjectId: true },
  }),
  route(
    'GET',
    'deadlines/:id',
    'scheduler',
    '/deadlines/:id',
    STAFF,
    branchIn.record('subject.branch'),
    { summary: 'One deadline with its ladder and state' },
  ),
  route(
    'GET',
    'deadlines/:id/history',
    'scheduler',
    '/deadlines/:id/history',
    STAFF,
    branchIn.recordAt('/deadlines/:id', 'subject.branch'),
    {
      summary:
        "A deadline's history: armed, moved, paused, resumed, level-fired, completed, cancelled",
    },
  ),
  route(
    'GET',
    'queues/:branch/:role',
    'scheduler',
    '/queues/:branch/:role',
    STAFF,
    branchIn.path('branch'),
    {
      summary:
        "A branch's work for a role: overdue, and due soon (`dueSoonWithin`, ISO 8601, default PT1H)",
      query: { dueSoonWithin: false },
      params: { role: knownRole },
    },
  ),
  route('GET', 'calendars', 'scheduler', '/calendars', STAFF, 'company', {
    summary: 'Business calendars of every branch',
  }),
  route('GET', 'calendars/:code', 'scheduler', '/calendars/:code', STAFF, 'company', {
    summary: "One branch's business calendar",
  }),
  route('POST', 'calendars', 'scheduler', '/calendars', CALENDAR_EDITORS, branchIn.body('code'), {
    summary: "Create a branch's business calendar (409 if it exists)",
    target: 'body:code',
  }),
  route(
    'PUT',
    'calendars/:code',
    'scheduler',
    '/calendars/:code',
    CALENDAR_EDITORS,
    branchIn.path('code'),
    { summary: "Create or replace a branch's business calendar", target: 'param:code' },
  ),
];
