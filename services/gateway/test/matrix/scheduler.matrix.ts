import { ALL, Expectation } from './expectation';

const calendar = {
  name: 'Branch calendar',
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  holidays: [],
  extraWorkingDays: [],
};

/** Routes proxied to the scheduler (src/proxy/routes/scheduler.routes.ts). */
export const SCHEDULER_MATRIX: Record<string, Expectation> = {
  // a list: forced to the caller's branch (lists never 404)
  'GET /api/v1/deadlines': {
    roles: ALL,
    scoped: false,
    success: 200,
    request: () => ({
      method: 'GET',
      path: '/api/v1/deadlines?subjectType=complaint&subjectId=C-1',
    }),
  },
  'GET /api/v1/deadlines/:id': {
    roles: ALL,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/deadlines/${record}` }),
  },
  'GET /api/v1/deadlines/:id/history': {
    roles: ALL,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/deadlines/${record}/history` }),
  },
  'GET /api/v1/queues/:branch/:role': {
    roles: ALL,
    scoped: true,
    success: 200,
    request: ({ branch }) => ({ method: 'GET', path: `/api/v1/queues/${branch}/agent` }),
  },
  'GET /api/v1/calendars': {
    roles: ALL,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/calendars' }),
  },
  'GET /api/v1/calendars/:code': {
    roles: ALL,
    scoped: false,
    success: 200,
    request: ({ branch }) => ({ method: 'GET', path: `/api/v1/calendars/${branch}` }),
  },
  'POST /api/v1/calendars': {
    roles: ['admin', 'branch-manager'],
    scoped: true,
    success: 201,
    request: ({ branch }) => ({
      method: 'POST',
      path: '/api/v1/calendars',
      body: { code: branch, ...calendar },
    }),
  },
  'PUT /api/v1/calendars/:code': {
    roles: ['admin', 'branch-manager'],
    scoped: true,
    success: 200,
    request: ({ branch }) => ({
      method: 'PUT',
      path: `/api/v1/calendars/${branch}`,
      body: calendar,
    }),
  },
};
