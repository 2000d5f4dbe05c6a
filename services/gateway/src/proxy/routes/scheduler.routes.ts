import { pathId } from '@freight/platform';
import { SchedulerHttp as Http } from '@freight/contracts';
import { z } from 'zod';
import { ANY_ROLE } from '../../access/access.decorator';
import { ROLES, Role } from '../../users/roles';
import { branchIn, ProxiedRoute, route } from '../proxied-route';

const CALENDAR_EDITORS: readonly Role[] = ['admin', 'branch-manager'];
const branchCode = z.string().regex(/^[A-Z0-9-]{2,16}$/, 'expected a branch code such as SH01');

/** The scheduler's routes (issue 4 item 4): deadlines, queues and business calendars; R39. */
export const SCHEDULER_ROUTES: readonly ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'deadlines',
    service: 'scheduler',
    to: '/deadlines',
    roles: ANY_ROLE,
    scope: branchIn.query('branch', 'subject.branch'),
    query: Http.subjectDeadlinesQuery,
    response: Http.deadlines,
    summary: "A subject's deadlines (only your branch's unless HQ)",
  }),
  route({
    method: 'GET',
    path: 'deadlines/:id',
    service: 'scheduler',
    to: '/deadlines/:id',
    roles: ANY_ROLE,
    scope: branchIn.record('subject.branch'),
    params: { id: pathId },
    response: Http.deadlineView,
    summary: 'One deadline with its ladder and state',
  }),
  route({
    method: 'GET',
    path: 'deadlines/:id/history',
    service: 'scheduler',
    to: '/deadlines/:id/history',
    roles: ANY_ROLE,
    scope: branchIn.recordAt('/deadlines/:id', 'subject.branch'),
    params: { id: pathId },
    response: Http.deadlineHistory,
    summary:
      "A deadline's history: armed, moved, paused, resumed, level-fired, completed, cancelled",
  }),
  route({
    method: 'GET',
    path: 'queues/:branch/:role',
    service: 'scheduler',
    to: '/queues/:branch/:role',
    roles: ANY_ROLE,
    scope: branchIn.path('branch'),
    params: { branch: branchCode, role: z.enum(ROLES) },
    query: Http.queueQuery,
    response: Http.queueView,
    summary:
      "A branch's work for a role: overdue, and due soon (`dueSoonWithin`, ISO 8601, default PT1H)",
  }),
  route({
    method: 'GET',
    path: 'calendars',
    service: 'scheduler',
    to: '/calendars',
    roles: ANY_ROLE,
    scope: 'company',
    response: Http.calendars,
    summary: 'Business calendars of every branch',
  }),
  route({
    method: 'GET',
    path: 'calendars/:code',
    service: 'scheduler',
    to: '/calendars/:code',
    roles: ANY_ROLE,
    scope: 'company',
    params: { code: branchCode },
    response: Http.calendarView,
    summary: "One branch's business calendar",
  }),
  route({
    method: 'POST',
    path: 'calendars',
    service: 'scheduler',
    to: '/calendars',
    roles: CALENDAR_EDITORS,
    scope: branchIn.body('code'),
    body: Http.newCalendarBody,
    response: Http.calendarView,
    status: 201,
    target: 'body:code',
    summary: "Create a branch's business calendar (409 if it exists)",
  }),
  route({
    method: 'PUT',
    path: 'calendars/:code',
    service: 'scheduler',
    to: '/calendars/:code',
    roles: CALENDAR_EDITORS,
    scope: branchIn.path('code'),
    params: { code: branchCode },
    body: Http.calendarBody,
    response: Http.calendarView,
    target: 'param:code',
    summary: "Create or replace a branch's business calendar",
  }),
];
