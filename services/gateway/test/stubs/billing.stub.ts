import type { StubRequest, StubRoute } from '@freight/testing';

// A stand-in for the billing service's internal API (R24–R26): records whose id starts with
// `gz` are GZ01's, others SH01's; `missing` does not exist. Answers fit the documented schemas
// (libs/contracts/src/http/billing.ts), which the authorisation matrix checks.

const branchOf = (id: string) => (id.startsWith('gz') ? 'GZ01' : 'SH01');
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const AT = '2025-04-01T01:00:00.000Z';
const LINE_ID = '0b7c5a1e-5f7e-4c1e-9a51-4f1d2c3b4a50';
const STATEMENT_ID = '5a1f3c2e-8b4d-4e6f-9a0b-1c2d3e4f5a6b';
const customer = (id: string) => ({ customerId: `CUST-${id}`, name: '华阳精细化工(上海)有限公司' });
const ageing = { days0to30: cny(0), days31to60: cny(0), days61to90: cny(0), over90: cny(0) };

const statement = (id: string) => ({
  id: STATEMENT_ID,
  branch: branchOf(id),
  customer: customer(id),
  period: '2025-03',
  status: 'checked',
  lineCount: 1,
  net: cny(172_000),
  tax: cny(15_480),
  total: cny(187_480),
  disputedLines: 0,
  draftedAt: AT,
  checkedAt: AT,
  sentAt: null,
  answeredAt: null,
  invoice: null,
  email: 'li.wei@huayang-chem.example',
  creditDays: 30,
  cod: { shipments: 0, amount: cny(0) },
  mail: null,
  answer: null,
  linkExpiresAt: null,
  escalation: null,
  lines: [
    {
      lineId: LINE_ID,
      lineNo: 1,
      waybillNo: 'SH0000000422',
      serviceDate: '2025-03-11',
      code: 'freight',
      description: '运费 SH→WH',
      amount: cny(172_000),
      taxRate: 0.09,
      tax: cny(15_480),
      pod: { required: true, receivedAt: AT },
      deliveredAt: AT,
      check: {
        mark: 'matched',
        note: null,
        by: { userId: 'u-1', username: 'documents-clerk' },
        at: AT,
      },
      dispute: null,
      invoiceLineNo: null,
    },
  ],
});

const invoice = (id: string) => ({
  invoiceNo: id,
  branch: branchOf(id),
  customer: customer(id),
  period: '2025-03',
  statementId: STATEMENT_ID,
  issuedAt: AT,
  dueDate: '2025-05-01',
  net: cny(172_000),
  tax: cny(15_480),
  total: cny(187_480),
  credited: cny(0),
  paid: cny(0),
  open: cny(187_480),
  status: 'open',
  overdue: false,
  lines: [
    {
      lineNo: 1,
      waybillNo: 'SH0000000422',
      description: '运费 SH→WH',
      amount: cny(172_000),
      taxRate: 0.09,
      tax: cny(15_480),
      credited: cny(0),
      dispute: null,
    },
  ],
  creditNotes: [],
  payments: [],
});

const creditNote = (id: string) => ({
  creditNoteNo: `CN-${id}`,
  invoiceNo: id,
  branch: branchOf(id),
  customer: customer(id),
  reason: 'pickup charged twice',
  issuedAt: AT,
  issuedBy: { userId: 'u-2', username: 'branch-manager' },
  lines: [
    {
      lineNo: 1,
      invoiceLineNo: 1,
      waybillNo: 'SH0000000422',
      description: '提货费',
      amount: cny(8_000),
      taxRate: 0.06,
      tax: cny(480),
    },
  ],
  net: cny(8_000),
  tax: cny(480),
  total: cny(8_480),
});

const payment = (id: string) => ({
  paymentId: id,
  branch: branchOf(id),
  customer: customer(id),
  receivedAt: AT,
  amount: cny(187_480),
  method: 'bank-transfer',
  reference: 'ICBC 2025042000017',
  allocations: [{ invoiceNo: 'INV-SH01-2025-000001', amount: cny(187_480), allocatedAt: AT }],
  unapplied: cny(0),
  recordedAt: AT,
  recordedBy: { userId: 'u-3', username: 'finance' },
});

const confirmation = (id: string) => ({
  id,
  branch: branchOf(id),
  customer: customer(id),
  period: '2025-03',
  asOf: '2025-03-31',
  status: 'prepared',
  openInvoices: [],
  openTotal: cny(0),
  credit: cny(0),
  ageing,
  preparedAt: AT,
  signedOffAt: null,
  signedOffBy: null,
  note: null,
});

const figures = {
  shipments: 10,
  pieces: 40,
  weightKg: 8600,
  revenue: cny(2_020_000),
  delivered: 9,
  deliveredOnTime: 8,
  onTimeRate: 0.8889,
  withException: 1,
  exceptionRate: 0.1,
  complaints: 1,
  complaintRate: 10,
  surveys: 5,
  satisfaction: 4.4,
};

/** A list answer holding one item per branch, narrowed by `?branch=` as the service does. */
const list =
  (make: (id: string) => { branch: string }) =>
  ({ query }: StubRequest) => ({
    status: 200,
    body: {
      items: [make('sh-1'), make('gz-1')].filter(
        (i) => !query.get('branch') || i.branch === query.get('branch'),
      ),
      nextCursor: null,
    },
  });
const one =
  (make: (id: string) => unknown, status = 200) =>
  ({ params }: StubRequest) => {
    const id = Object.values(params)[0];
    return id === 'missing'
      ? {
          status: 404,
          body: { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 },
        }
      : { status, body: make(id) };
  };
const file = (contentType: string) => () => ({ status: 200, raw: 'file', contentType });

export const BILLING_ROUTES: StubRoute[] = [
  {
    method: 'GET',
    path: '/charges',
    answer: list((id) => ({
      waybillNo: 'SH0000000422',
      orderId: 'ORD-1',
      branch: branchOf(id),
      customer: customer(id),
      placedAt: AT,
      serviceMonth: '2025-03',
      paymentTerms: 'monthly',
      billingPeriod: '2025-03',
      cod: null,
      podRequired: true,
      deliveredAt: null,
      onTime: null,
      podReceivedAt: null,
      cancelledAt: null,
      lines: [],
      net: cny(0),
      tax: cny(0),
      total: cny(0),
    })),
  },
  { method: 'GET', path: '/statements', answer: list(statement) },
  { method: 'GET', path: '/statements/:id', answer: one(statement) },
  { method: 'GET', path: '/statements/:id/statement.pdf', answer: file('application/pdf') },
  {
    method: 'GET',
    path: '/statements/:id/statement.xlsx',
    answer: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  },
  ...['check-marks', 'check-complete', 'send', 'disputes', 'confirm'].map((action) => ({
    method: 'POST',
    path: `/statements/:id/${action}`,
    answer: one(statement),
  })),
  {
    method: 'GET',
    path: '/month-closes',
    answer: ({ query }: StubRequest) => ({
      status: 200,
      body: {
        items: ['SH01', 'GZ01']
          .filter((b) => !query.get('branch') || b === query.get('branch'))
          .map((branch) => ({
            branch,
            period: '2025-03',
            status: 'done',
            statements: 3,
            startedAt: AT,
            finishedAt: AT,
          })),
      },
    }),
  },
  {
    method: 'POST',
    path: '/month-closes',
    answer: ({ body }) => ({
      status: 202,
      body: {
        ...(body as object),
        period: '2025-03',
        status: 'running',
        statements: 0,
        startedAt: AT,
        finishedAt: null,
      },
    }),
  },
  {
    method: 'GET',
    path: '/public/statements/:token',
    answer: () => ({ status: 200, body: publicStatement }),
  },
  ...['disputes', 'confirm'].map((action) => ({
    method: 'POST',
    path: `/public/statements/:token/${action}`,
    answer: () => ({ status: 200, body: publicStatement }),
  })),
  { method: 'GET', path: '/invoices', answer: list(invoice) },
  { method: 'GET', path: '/invoices/:invoiceNo', answer: one(invoice) },
  { method: 'POST', path: '/invoices/:invoiceNo/credit-notes', answer: one(creditNote, 201) },
  {
    method: 'POST',
    path: '/invoices/:invoiceNo/lines/:lineNo/dispute-rejection',
    answer: one(invoice),
  },
  { method: 'GET', path: '/credit-notes', answer: list(creditNote) },
  { method: 'GET', path: '/credit-notes/:creditNoteNo', answer: one(creditNote) },
  { method: 'POST', path: '/customers/:customerId/payments', answer: one(payment, 201) },
  {
    method: 'GET',
    path: '/customers/:customerId/account',
    answer: one((id) => ({
      customer: customer(id),
      branch: branchOf(id),
      billingTerms: { kind: 'monthly', creditDays: 30 },
      email: null,
      open: cny(0),
      overdue: cny(0),
      credit: cny(0),
      ageing,
      openInvoices: [],
    })),
  },
  { method: 'GET', path: '/payments', answer: list(payment) },
  { method: 'GET', path: '/payments/:paymentId', answer: one(payment) },
  { method: 'POST', path: '/payments/:paymentId/allocations', answer: one(payment) },
  {
    method: 'GET',
    path: '/receivables/ageing',
    answer: (request) => ({
      status: 200,
      body: {
        ...list((id) => ({
          customer: customer(id),
          branch: branchOf(id),
          ...ageing,
          open: cny(0),
          overdue: cny(0),
          credit: cny(0),
        }))(request).body,
        asOf: '2025-04-01',
        totals: { ...ageing, open: cny(0), overdue: cny(0) },
      },
    }),
  },
  {
    method: 'POST',
    path: '/customers/:customerId/receivables-confirmations',
    answer: one(confirmation, 201),
  },
  { method: 'GET', path: '/receivables-confirmations', answer: list(confirmation) },
  { method: 'GET', path: '/receivables-confirmations/:id', answer: one(confirmation) },
  { method: 'POST', path: '/receivables-confirmations/:id/sign-off', answer: one(confirmation) },
  {
    method: 'GET',
    path: '/statistics/monthly',
    answer: ({ query }) => {
      const branch = query.get('branch');
      return {
        status: 200,
        body: {
          month: query.get('month'),
          items: ['SH01', 'GZ01']
            .filter((b) => !branch || b === branch)
            .map((b) => ({ branch: b, ...figures })),
          company: branch ? null : figures,
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/statistics/monthly/export',
    answer: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  },
  { method: 'GET', path: '/statistics/monthly/report.pdf', answer: file('application/pdf') },
];

const publicStatement = {
  company: '华阳精细化工(上海)有限公司',
  period: '2025-03',
  status: 'awaiting-answer',
  lines: [
    {
      lineNo: 1,
      waybillNo: 'SH0000000422',
      serviceDate: '2025-03-11',
      description: '运费 SH→WH',
      amount: cny(172_000),
      taxRate: 0.09,
      tax: cny(15_480),
      disputed: null,
    },
  ],
  net: cny(172_000),
  tax: cny(15_480),
  total: cny(187_480),
  invoiceNo: null,
  expiresAt: '2025-05-01T01:00:00.000Z',
};
