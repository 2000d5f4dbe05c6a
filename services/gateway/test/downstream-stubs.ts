import { StubRoute, StubService } from '@freight/testing';

// Stand-ins for the services behind the gateway, one table of routes per service: what the
// gateway's own tests (proxying, branch scope, the authorisation matrix) need of each.

const deadline = (id: string) => ({
  id,
  rule: 'R17',
  subject: { type: 'complaint', id: `C-${id}`, branch: id.startsWith('gz') ? 'GZ01' : 'SH01' },
  state: 'armed',
  dueAt: '2026-03-02T01:00:00.000Z',
  ladder: [{ level: 1, role: 'agent', after: 'PT0S' }],
  payload: {},
});

/**
 * The scheduler's internal API (docs/scheduler.md): deadlines whose id starts with `gz` belong
 * to GZ01, others to SH01; `missing` does not exist.
 */
export const SCHEDULER_ROUTES: StubRoute[] = [
  {
    method: 'GET',
    path: '/deadlines',
    answer: () => ({
      status: 200,
      body: { items: [deadline('sh-1'), deadline('gz-1'), deadline('sh-2')] },
    }),
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
    answer: () => ({ status: 200, body: { items: [{ code: 'SH01' }, { code: 'GZ01' }] } }),
  },
  {
    method: 'GET',
    path: '/calendars/:code',
    answer: ({ params }) => ({ status: 200, body: { code: params.code, name: params.code } }),
  },
  { method: 'POST', path: '/calendars', answer: ({ body }) => ({ status: 201, body }) },
  {
    method: 'PUT',
    path: '/calendars/:code',
    answer: ({ params, body }) => ({
      status: 200,
      body: { code: params.code, ...(body as object) },
    }),
  },
];

export const schedulerStub = () => new StubService(SCHEDULER_ROUTES);
