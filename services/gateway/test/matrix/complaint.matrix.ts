import type { Role } from '../../src/users/roles';
import { ALL, Expectation } from './expectation';

// R41 for the complaint desk (decision 0050), written down apart from the route table.
const DESK: Role[] = ['agent', 'branch-manager', 'hq-service'];
const READERS: Role[] = [...DESK, 'general-manager', 'admin'];
const MANAGERS: Role[] = ['branch-manager', 'hq-service', 'general-manager'];
const HQ_DESK: Role[] = ['hq-service', 'general-manager'];
const HQ_SETTINGS: Role[] = ['hq-service', 'general-manager', 'admin'];
const FINE_READERS: Role[] = [...MANAGERS, 'admin', 'finance'];
const REPORTS: Role[] = [...MANAGERS, 'admin'];
const REPORTS_AND_AGENTS: Role[] = [...REPORTS, 'agent'];
const TOKEN = 'A'.repeat(43);
const T = '2026-03-02T01:00:00Z';

const get = (path: string) => () => ({ method: 'GET', path });
const row = (
  roles: readonly Role[] | 'public',
  scoped: boolean,
  success: number,
  request: Expectation['request'],
  extra: Partial<Expectation> = {},
): Expectation => ({ roles, scoped, success, request, ...extra });

/** Routes proxied to the complaint service (src/proxy/routes/complaint.routes.ts). */
export const COMPLAINT_MATRIX: Record<string, Expectation> = {
  'POST /api/v1/calls': row(DESK, true, 201, ({ branch }) => ({
    method: 'POST',
    path: '/api/v1/calls',
    body: { branch, kind: 'other', caller: {}, summary: 'x', startedAt: T, answeredOnCall: true },
  })),
  'GET /api/v1/calls': row(READERS, false, 200, get('/api/v1/calls')),
  'GET /api/v1/calls/:id': row(READERS, true, 200, ({ record }) => ({
    method: 'GET',
    path: `/api/v1/calls/${record}`,
  })),
  'POST /api/v1/calls/:id/answer': row(DESK, true, 200, ({ record }) => ({
    method: 'POST',
    path: `/api/v1/calls/${record}/answer`,
    body: { answer: 'done' },
  })),
  'POST /api/v1/complaints': row(DESK, true, 201, ({ branch }) => ({
    method: 'POST',
    path: '/api/v1/complaints',
    body: {
      branch,
      caller: {},
      cause: 'other',
      description: 'x',
      customerRequest: 'y',
      solvedOnCall: true,
      result: 'z',
    },
  })),
  'GET /api/v1/complaints': row(READERS, false, 200, get('/api/v1/complaints')),
  'GET /api/v1/complaints/:id': row(READERS, true, 200, ({ record }) => ({
    method: 'GET',
    path: `/api/v1/complaints/${record}`,
  })),
  ...Object.fromEntries(
    (
      [
        ['steps', DESK, { text: 'x' }],
        ['reply', DESK, { text: 'x' }],
        ['resolve', DESK, { result: 'x' }],
        ['reopen', DESK, { reason: 'x' }],
        ['fault', MANAGERS, { staff: [], note: 'x' }],
        ['annotations', HQ_DESK, { text: 'x' }],
      ] as const
    ).map(([action, roles, body]) => [
      `POST /api/v1/complaints/:id/${action}`,
      row(roles, true, 200, ({ record }) => ({
        method: 'POST',
        path: `/api/v1/complaints/${record}/${action}`,
        body,
      })),
    ]),
  ),
  'GET /api/v1/complaint-causes': row(ALL, false, 200, get('/api/v1/complaint-causes')),
  'PUT /api/v1/complaint-causes/:code': row(['hq-service', 'admin'], false, 200, () => ({
    method: 'PUT',
    path: '/api/v1/complaint-causes/lost-pod',
    body: { code: 'lost-pod', label: '回单丢失' },
  })),
  'GET /api/v1/complaint-desks/:branch': row(READERS, true, 200, ({ branch }) => ({
    method: 'GET',
    path: `/api/v1/complaint-desks/${branch}`,
  })),
  'PUT /api/v1/complaint-desks/:branch': row(HQ_SETTINGS, true, 200, ({ branch }) => ({
    method: 'PUT',
    path: `/api/v1/complaint-desks/${branch}`,
    body: {
      ladders: {
        callAnswer: [{ role: 'agent', after: 'PT0S' }],
        internalCall: [{ role: 'agent', after: 'PT0S' }],
        complaintReply: [{ role: 'agent', after: 'PT0S' }],
      },
      people: [],
    },
  })),
  'GET /api/v1/fines': row(FINE_READERS, false, 200, get('/api/v1/fines?month=2026-03')),
  'POST /api/v1/fines/:id/waive': row(HQ_DESK, false, 200, ({ record }) => ({
    method: 'POST',
    path: `/api/v1/fines/${record}/waive`,
    body: { reason: 'x' },
  })),
  'POST /api/v1/fines/:id/assess': row(HQ_DESK, false, 200, ({ record }) => ({
    method: 'POST',
    path: `/api/v1/fines/${record}/assess`,
    body: { amountMinor: 2000, reason: 'x' },
  })),
  'GET /api/v1/reports/complaints': row(
    REPORTS,
    false,
    200,
    get('/api/v1/reports/complaints?month=2026-03'),
  ),
  'GET /api/v1/reports/complaints/chart': row(
    REPORTS,
    false,
    200,
    ({ branch }) => ({
      method: 'GET',
      path: `/api/v1/reports/complaints/chart?month=2026-03&branch=${branch}`,
    }),
    { file: true },
  ),
  'GET /api/v1/reports/satisfaction': row(
    REPORTS_AND_AGENTS,
    false,
    200,
    get('/api/v1/reports/satisfaction?month=2026-03'),
  ),
  'GET /api/v1/reports/agent-day': row(
    REPORTS_AND_AGENTS,
    false,
    200,
    get('/api/v1/reports/agent-day?date=2026-03-02'),
  ),
  'GET /api/v1/surveys': row(REPORTS_AND_AGENTS, false, 200, get('/api/v1/surveys')),
  'GET /api/v1/surveys/:id': row(READERS, true, 200, ({ record }) => ({
    method: 'GET',
    path: `/api/v1/surveys/${record}`,
  })),
  'POST /api/v1/surveys/:id/link': row(DESK, true, 200, ({ record }) => ({
    method: 'POST',
    path: `/api/v1/surveys/${record}/link`,
    body: {},
  })),
  'GET /api/v1/public/surveys/:token': row(
    'public',
    false,
    200,
    get(`/api/v1/public/surveys/${TOKEN}`),
  ),
  'POST /api/v1/public/surveys/:token': row('public', false, 201, () => ({
    method: 'POST',
    path: `/api/v1/public/surveys/${TOKEN}`,
    body: { score: 4 },
  })),
  'POST /api/v1/star-candidates': row(MANAGERS, true, 201, ({ branch }) => ({
    method: 'POST',
    path: '/api/v1/star-candidates',
    body: { month: '2026-03', branch, staff: { username: 'li.ming' }, reason: 'x' },
  })),
  'GET /api/v1/star-candidates': row(ALL, false, 200, get('/api/v1/star-candidates?month=2026-03')),
  'GET /api/v1/star-candidates/:id': row(ALL, true, 200, ({ record }) => ({
    method: 'GET',
    path: `/api/v1/star-candidates/${record}`,
  })),
  'POST /api/v1/star-candidates/:id/votes': row(ALL, true, 201, ({ record }) => ({
    method: 'POST',
    path: `/api/v1/star-candidates/${record}/votes`,
    body: {},
  })),
  'POST /api/v1/star-ballots': row(DESK, true, 201, ({ branch }) => ({
    method: 'POST',
    path: '/api/v1/star-ballots',
    body: { month: '2026-03', branch, customerId: 'CUST-SH-0001' },
  })),
  'GET /api/v1/public/star-ballots/:token': row(
    'public',
    false,
    200,
    get(`/api/v1/public/star-ballots/${TOKEN}`),
  ),
  'POST /api/v1/public/star-ballots/:token': row('public', false, 201, () => ({
    method: 'POST',
    path: `/api/v1/public/star-ballots/${TOKEN}`,
    body: { candidateId: '00000000-0000-4000-8000-000000000000' },
  })),
  'GET /api/v1/star-results': row(ALL, false, 200, get('/api/v1/star-results?month=2026-03')),
  'GET /api/v1/star-winners': row(ALL, false, 200, get('/api/v1/star-winners')),
  'POST /api/v1/star-elections/:branch/:month/close': row(MANAGERS, true, 200, ({ branch }) => ({
    method: 'POST',
    path: `/api/v1/star-elections/${branch}/2026-03/close`,
    body: {},
  })),
};
