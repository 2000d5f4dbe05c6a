import type { StubRequest, StubRoute } from '@freight/testing';

// A stand-in for the complaint service's internal API (docs/desks/complaint.md): records whose
// id starts with `gz` are GZ01's, others SH01's; `missing` does not exist. Every answer fits the
// schemas the gateway documents (libs/contracts/src/http/complaint/).
const branchOf = (id: string) => (id.startsWith('gz') ? 'GZ01' : 'SH01');
const T = '2026-03-02T01:00:00.000Z';
const assignee = { role: 'agent', username: 'agent', level: 0 };
const actor = { userId: 'u-1', username: 'agent', role: 'agent' };
const money = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const NOT_FOUND = {
  status: 404,
  body: { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 },
};
const byId =
  (answer: (id: string) => unknown, status = 200) =>
  (request: StubRequest) =>
    request.params.id === 'missing' ? NOT_FOUND : { status, body: answer(request.params.id) };
const branchesOf = (request: StubRequest) => {
  const branch = request.query.get('branch');
  return branch ? [branch] : ['SH01', 'GZ01'];
};

const call = (id: string) => ({
  id,
  branch: branchOf(id),
  kind: 'inquiry',
  caller: { name: '李伟', phone: '13800001001' },
  customer: { customerId: 'CUST-SH-0001', company: '华阳精细化工(上海)有限公司' },
  agent: actor,
  summary: 'Rates to Wuhan',
  outcome: null,
  startedAt: T,
  endedAt: null,
  important: false,
  passedToManager: false,
  answer: {
    state: 'awaiting',
    dueAt: '2026-03-02T01:05:00.000Z',
    answeredAt: null,
    answeredBy: null,
    text: null,
    withinDeadline: null,
  },
  assignee,
  cargo: null,
  complaintId: null,
});

const complaintSummary = (id: string) => ({
  id,
  branch: branchOf(id),
  state: 'open',
  round: 1,
  caller: { name: '李伟', phone: '13800001001' },
  customerId: 'CUST-SH-0001',
  waybillNo: null,
  cause: 'late-delivery',
  important: false,
  solvedOnCall: false,
  registeredAt: T,
  replyDueAt: '2026-03-02T02:00:00.000Z',
  firstRepliedAt: null,
  closedAt: null,
  assignee,
});
const complaint = (id: string) => ({
  ...complaintSummary(id),
  callId: null,
  customer: { customerId: 'CUST-SH-0001', company: null },
  orderId: null,
  description: 'Late',
  customerRequest: 'Deliver',
  registeredBy: actor,
  repliedWithinDeadline: null,
  result: null,
  customerOpinion: null,
  ladder: [{ level: 1, role: 'agent', after: 'PT0S' }],
  escalations: [],
  steps: [{ at: T, kind: 'registered', by: actor, text: 'Late' }],
  staffAtFault: [],
  managerNeglect: null,
});

const fine = (id: string) => ({
  id,
  month: '2026-03',
  branch: branchOf(id),
  kind: 'staff-at-fault',
  person: { username: 'li.ming', role: 'agent' },
  complaintId: 'CMP-SH01-000001',
  count: 1,
  amount: money(1000),
  assessed: money(1000),
  explanation:
    'R21: li.ming at fault in CMP-SH01-000001, the 1st such complaint in 2026-03: 10.00 CNY',
  companyWideNotice: false,
  state: 'issued',
  waiver: null,
  issuedAt: T,
  updatedAt: T,
});

const desk = (branch: string) => ({
  branch,
  configured: false,
  ladders: {
    callAnswer: [{ level: 1, role: 'agent', after: 'PT0S' }],
    internalCall: [{ level: 1, role: 'agent', after: 'PT0S' }],
    complaintReply: [{ level: 1, role: 'agent', after: 'PT0S' }],
  },
  people: [],
  updatedAt: null,
  updatedBy: null,
});

const survey = (id: string) => ({
  id,
  branch: branchOf(id),
  about: { type: 'order', id: 'SH0000000422' },
  customerId: 'CUST-SH-0001',
  agent: 'agent',
  state: 'open',
  createdAt: T,
  expiresAt: '2026-03-16T01:00:00.000Z',
  answeredAt: null,
  score: null,
  comment: null,
  mailedTo: null,
});

const candidate = (id: string) => ({
  id,
  month: '2026-03',
  branch: branchOf(id),
  staff: { username: 'li.ming', name: '李明' },
  reason: 'Kind on the phone',
  nominatedBy: 'branch-manager',
  nominatedAt: T,
});
const result = (branch: string) => ({
  month: '2026-03',
  branch,
  state: 'open',
  candidates: [],
  winner: null,
  closedAt: null,
});

const report = (branch: string) => ({
  branch,
  complaints: { total: 0, solvedOnCall: 0, important: 0, closed: 0, open: 0 },
  byCause: [],
  firstReply: {
    medianMinutes: null,
    p90Minutes: null,
    withinDeadline: 0,
    withinDeadlineShare: null,
  },
  resolution: { medianMinutes: null, p90Minutes: null },
  escalations: [],
  repeatComplainants: [],
  calls: { total: 0, answeredWithinDeadline: 0, awaiting: 0 },
  fines: { amount: money(0), lines: 0, waived: 0 },
  satisfaction: { answered: 0, average: null },
});

const LINK = `http://127.0.0.1:8080/api/v1/public/surveys/${'A'.repeat(43)}`;

/** A stand-in for the complaint service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const COMPLAINT_ROUTES: StubRoute[] = [
  {
    method: 'POST',
    path: '/calls',
    answer: ({ body }) => ({
      status: 201,
      body: { ...call('sh-new'), branch: (body as { branch: string }).branch },
    }),
  },
  {
    method: 'GET',
    path: '/calls',
    answer: (r) => ({
      status: 200,
      body: {
        items: branchesOf(r).map((b) => call(b === 'GZ01' ? 'gz-1' : 'sh-1')),
        nextCursor: null,
      },
    }),
  },
  { method: 'GET', path: '/calls/:id', answer: byId(call) },
  { method: 'POST', path: '/calls/:id/answer', answer: byId(call) },
  {
    method: 'POST',
    path: '/complaints',
    answer: ({ body }) => ({
      status: 201,
      body: { ...complaint('sh-new'), branch: (body as { branch: string }).branch },
    }),
  },
  {
    method: 'GET',
    path: '/complaints',
    answer: (r) => ({
      status: 200,
      body: {
        items: branchesOf(r).map((b) => complaintSummary(b === 'GZ01' ? 'gz-1' : 'sh-1')),
        nextCursor: null,
      },
    }),
  },
  { method: 'GET', path: '/complaints/:id', answer: byId(complaint) },
  ...['steps', 'reply', 'resolve', 'reopen', 'fault', 'annotations'].map((action) => ({
    method: 'POST',
    path: `/complaints/:id/${action}`,
    answer: byId(complaint),
  })),
  {
    method: 'GET',
    path: '/complaint-causes',
    answer: () => ({
      status: 200,
      body: { items: [{ code: 'late-delivery', label: '延误', active: true }] },
    }),
  },
  {
    method: 'PUT',
    path: '/complaint-causes/:code',
    answer: ({ params }) => ({
      status: 200,
      body: { code: params.code, label: 'x', active: true },
    }),
  },
  {
    method: 'GET',
    path: '/desks/:branch',
    answer: ({ params }) => ({ status: 200, body: desk(params.branch) }),
  },
  {
    method: 'PUT',
    path: '/desks/:branch',
    answer: ({ params }) => ({ status: 200, body: { ...desk(params.branch), configured: true } }),
  },
  {
    method: 'GET',
    path: '/fines',
    answer: (r) => ({
      status: 200,
      body: {
        month: '2026-03',
        items: branchesOf(r).map((b) => fine(b === 'GZ01' ? 'gz-1' : 'sh-1')),
        reviewFlags: [],
        totals: [],
      },
    }),
  },
  {
    method: 'POST',
    path: '/fines/:id/waive',
    answer: byId((id) => ({
      ...fine(id),
      state: 'waived',
      amount: money(0),
      waiver: { reason: 'x', by: 'hq-service', at: T },
    })),
  },
  { method: 'POST', path: '/fines/:id/assess', answer: byId(fine) },
  {
    method: 'GET',
    path: '/reports/complaints/chart',
    answer: () => ({
      status: 200,
      raw: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      contentType: 'image/svg+xml',
    }),
  },
  {
    method: 'GET',
    path: '/reports/complaints',
    answer: (r) => ({ status: 200, body: { month: '2026-03', items: branchesOf(r).map(report) } }),
  },
  {
    method: 'GET',
    path: '/reports/satisfaction',
    answer: (r) => ({
      status: 200,
      body: {
        month: '2026-03',
        items: branchesOf(r).map((branch) => ({
          branch,
          answered: 0,
          average: null,
          byAgent: [],
          byCustomer: [],
        })),
      },
    }),
  },
  {
    method: 'GET',
    path: '/reports/agent-day',
    answer: (r) => ({
      status: 200,
      body: {
        date: '2026-03-02',
        items: branchesOf(r).map((branch) => ({
          branch,
          agent: 'agent',
          calls: 0,
          callsByKind: {},
          inquiries: 0,
          quotes: 0,
          orders: 0,
          complaints: 0,
        })),
      },
    }),
  },
  {
    method: 'GET',
    path: '/surveys',
    answer: (r) => ({
      status: 200,
      body: {
        items: branchesOf(r).map((b) => survey(b === 'GZ01' ? 'gz-1' : 'sh-1')),
        nextCursor: null,
      },
    }),
  },
  { method: 'GET', path: '/surveys/:id', answer: byId(survey) },
  {
    method: 'POST',
    path: '/surveys/:id/link',
    answer: byId((id) => ({ surveyId: id, branch: branchOf(id), link: LINK, expiresAt: T })),
  },
  {
    method: 'GET',
    path: '/public/surveys/:token',
    answer: () => ({
      status: 200,
      body: {
        about: { type: 'order', id: 'SH0000000422' },
        question: '1–5?',
        scale: { min: 1, max: 5 },
        expiresAt: T,
      },
    }),
  },
  {
    method: 'POST',
    path: '/public/surveys/:token',
    answer: () => ({ status: 201, body: { answeredAt: T, thanks: 'Thank you' } }),
  },
  {
    method: 'POST',
    path: '/star-candidates',
    answer: ({ body }) => ({
      status: 201,
      body: { ...candidate('sh-new'), branch: (body as { branch: string }).branch },
    }),
  },
  {
    method: 'GET',
    path: '/star-candidates',
    answer: (r) => ({
      status: 200,
      body: { items: branchesOf(r).map((b) => candidate(b === 'GZ01' ? 'gz-1' : 'sh-1')) },
    }),
  },
  { method: 'GET', path: '/star-candidates/:id', answer: byId(candidate) },
  {
    method: 'POST',
    path: '/star-candidates/:id/votes',
    answer: byId(
      (id) => ({
        month: '2026-03',
        branch: branchOf(id),
        candidateId: id,
        voter: 'staff',
        votedAt: T,
      }),
      201,
    ),
  },
  {
    method: 'POST',
    path: '/star-ballots',
    answer: ({ body }) => ({
      status: 201,
      body: {
        id: 'b-1',
        month: '2026-03',
        branch: (body as { branch: string }).branch,
        customerId: 'CUST-SH-0001',
        link: LINK,
        expiresAt: T,
      },
    }),
  },
  {
    method: 'GET',
    path: '/public/star-ballots/:token',
    answer: () => ({
      status: 200,
      body: { month: '2026-03', candidates: [{ id: 'sh-1', name: '李明' }], expiresAt: T },
    }),
  },
  {
    method: 'POST',
    path: '/public/star-ballots/:token',
    answer: () => ({ status: 201, body: { votedAt: T, thanks: 'Thank you' } }),
  },
  {
    method: 'GET',
    path: '/star-results',
    answer: (r) => ({ status: 200, body: { items: branchesOf(r).map(result) } }),
  },
  {
    method: 'GET',
    path: '/star-winners',
    answer: (r) => ({ status: 200, body: { items: branchesOf(r).map(result) } }),
  },
  {
    method: 'POST',
    path: '/star-elections/:branch/:month/close',
    answer: ({ params }) => ({
      status: 200,
      body: {
        ...result(params.branch),
        state: 'closed',
        winner: { username: 'li.ming', name: '李明' },
        closedAt: T,
      },
    }),
  },
];
