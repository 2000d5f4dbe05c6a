import type { StubRoute } from '@freight/testing';

const deadline = (id: string) => ({
  id,
  rule: 'R17',
  subject: { type: 'complaint', id: `C-${id}`, branch: id.startsWith('gz') ? 'GZ01' : 'SH01' },
  calendar: { kind: 'wall-clock' },
  state: 'armed',
  dueAt: '2026-03-02T01:00:00.000Z',
  nextLevel: 1,
  nextFireAt: '2026-03-02T01:00:00.000Z',
  nextRole: 'agent',
  escalatedRole: null,
  pausedRemainingMs: null,
  ladder: [{ level: 1, role: 'agent', after: 'PT0S', fireAt: '2026-03-02T01:00:00.000Z' }],
  payload: {},
});

const calendar = (code: string) => ({
  code,
  name: code,
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  holidays: [],
  extraWorkingDays: [],
});

/**
 * The scheduler's internal API (docs/scheduler.md): deadlines whose id starts with `gz` belong
 * to GZ01, others to SH01; `missing` does not exist.
 */
export const SCHEDULER_ROUTES: StubRoute[] = [
  {
    method: 'GET',
    path: '/deadlines',
    answer: ({ query }) => {
      const all = [deadline('sh-1'), deadline('gz-1'), deadline('sh-2')];
      const branch = query.get('branch');
      return {
        status: 200,
        body: { items: all.filter((d) => !branch || d.subject.branch === branch) },
      };
    },
  },
  {
    method: 'GET',
    path: '/deadlines/missing/history',
    answer: () => ({ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } }),
  },
  {
    method: 'GET',
    path: '/deadlines/missing',
    answer: () => ({
      status: 404,
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'no /deadlines/missing in table deadline',
      },
    }),
  },
  {
    method: 'GET',
    path: '/deadlines/:id',
    answer: ({ params }) => ({ status: 200, body: deadline(params.id) }),
  },
  {
    method: 'GET',
    path: '/deadlines/:id/history',
    answer: () => ({
      status: 200,
      body: { items: [{ seq: 1, kind: 'armed', at: '2026-03-02T00:00:00.000Z', details: {} }] },
    }),
  },
  {
    method: 'GET',
    path: '/queues/:branch/:role',
    answer: () => ({
      status: 200,
      body: { asOf: new Date().toISOString(), overdue: [], dueSoon: [] },
    }),
  },
  {
    method: 'GET',
    path: '/calendars',
    answer: () => ({ status: 200, body: { items: [calendar('SH01'), calendar('GZ01')] } }),
  },
  {
    method: 'GET',
    path: '/calendars/:code',
    answer: ({ params }) => ({ status: 200, body: calendar(params.code) }),
  },
  {
    method: 'POST',
    path: '/calendars',
    answer: ({ body }) => ({ status: 201, body: { ...calendar('SH01'), ...(body as object) } }),
  },
  {
    method: 'PUT',
    path: '/calendars/:code',
    answer: ({ params, body }) => ({
      status: 200,
      body: { ...calendar(params.code), ...(body as object) },
    }),
  },
];
