import type { Role } from '../../src/users/roles';
import type { Expectation, Targets } from './expectation';

// R41 for the billing routes (src/proxy/routes/billing.routes.ts), written down on its own:
// who may call each. Lists are forced to the caller's branch (never 404); one record of another
// branch answers 404 for branch staff.

const DESKS: Role[] = [
  'agent',
  'branch-manager',
  'documents-clerk',
  'finance',
  'hq-service',
  'general-manager',
  'admin',
];
const RECEIVABLES: Role[] = [
  'finance',
  'agent',
  'branch-manager',
  'hq-service',
  'general-manager',
  'admin',
];
const MANAGERS: Role[] = ['branch-manager', 'general-manager', 'hq-service', 'admin'];
const TOKEN = 'tK9m2Qx7Lp4Vw8Zr1Ys6Hn3Jd5Fb0Gc2Ae7Ui4Oq9Mx';
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

const get = (
  roles: readonly Role[] | 'public',
  scoped: boolean,
  path: (t: Targets) => string,
  file = false,
): Expectation => ({
  roles,
  scoped,
  success: 200,
  ...(file ? { file: true } : {}),
  request: (t) => ({ method: 'GET', path: path(t) }),
});
const post = (
  roles: readonly Role[] | 'public',
  success: number,
  path: (t: Targets) => string,
  body: (t: Targets) => unknown,
  scoped = true,
): Expectation => ({
  roles,
  scoped,
  success,
  request: (t) => ({ method: 'POST', path: path(t), body: body(t) }),
});

export const BILLING_MATRIX: Record<string, Expectation> = {
  'GET /api/v1/charges': get(DESKS, false, () => '/api/v1/charges'),
  'GET /api/v1/statements': get(DESKS, false, () => '/api/v1/statements?period=2025-03'),
  'GET /api/v1/statements/:id': get(DESKS, true, (t) => `/api/v1/statements/${t.record}`),
  'GET /api/v1/statements/:id/statement.pdf': get(
    DESKS,
    true,
    (t) => `/api/v1/statements/${t.record}/statement.pdf`,
    true,
  ),
  'GET /api/v1/statements/:id/statement.xlsx': get(
    DESKS,
    true,
    (t) => `/api/v1/statements/${t.record}/statement.xlsx`,
    true,
  ),
  'POST /api/v1/statements/:id/check-marks': post(
    ['documents-clerk', 'branch-manager'],
    200,
    (t) => `/api/v1/statements/${t.record}/check-marks`,
    () => ({
      marks: [{ lineId: '0b7c5a1e-5f7e-4c1e-9a51-4f1d2c3b4a50', mark: 'matched' }],
    }),
  ),
  'POST /api/v1/statements/:id/check-complete': post(
    ['documents-clerk', 'branch-manager'],
    200,
    (t) => `/api/v1/statements/${t.record}/check-complete`,
    () => ({}),
  ),
  'POST /api/v1/statements/:id/send': post(
    ['agent', 'branch-manager', 'hq-service'],
    200,
    (t) => `/api/v1/statements/${t.record}/send`,
    () => ({}),
  ),
  'POST /api/v1/statements/:id/disputes': post(
    ['agent', 'branch-manager', 'hq-service'],
    200,
    (t) => `/api/v1/statements/${t.record}/disputes`,
    () => ({
      lines: [{ lineNo: 1, reason: 'pickup charged twice' }],
    }),
  ),
  'POST /api/v1/statements/:id/confirm': post(
    ['agent', 'branch-manager', 'hq-service'],
    200,
    (t) => `/api/v1/statements/${t.record}/confirm`,
    () => ({}),
  ),
  'GET /api/v1/month-closes': get(DESKS, false, () => '/api/v1/month-closes'),
  'POST /api/v1/month-closes': post(
    ['branch-manager', 'general-manager'],
    202,
    () => '/api/v1/month-closes',
    (t) => ({ branch: t.branch, month: '2025-03' }),
  ),
  // the customer's tokenised link: no sign-in, so every caller gets the same answer
  'GET /api/v1/public/statements/:token': get(
    'public',
    false,
    () => `/api/v1/public/statements/${TOKEN}`,
  ),
  'POST /api/v1/public/statements/:token/disputes': post(
    'public',
    200,
    () => `/api/v1/public/statements/${TOKEN}/disputes`,
    () => ({
      lines: [{ lineNo: 1, reason: 'pickup charged twice' }],
    }),
    false,
  ),
  'POST /api/v1/public/statements/:token/confirm': post(
    'public',
    200,
    () => `/api/v1/public/statements/${TOKEN}/confirm`,
    () => ({}),
    false,
  ),
  'GET /api/v1/invoices': get(DESKS, false, () => '/api/v1/invoices'),
  'GET /api/v1/invoices/:invoiceNo': get(DESKS, true, (t) => `/api/v1/invoices/${t.record}`),
  'POST /api/v1/invoices/:invoiceNo/credit-notes': post(
    ['branch-manager', 'hq-service'],
    201,
    (t) => `/api/v1/invoices/${t.record}/credit-notes`,
    () => ({
      reason: 'pickup charged twice',
      lines: [{ invoiceLineNo: 1, amount: cny(8_000) }],
    }),
  ),
  'POST /api/v1/invoices/:invoiceNo/lines/:lineNo/dispute-rejection': post(
    ['branch-manager', 'hq-service'],
    200,
    (t) => `/api/v1/invoices/${t.record}/lines/1/dispute-rejection`,
    () => ({
      note: 'the POD shows 14 pieces',
    }),
  ),
  'GET /api/v1/credit-notes': get(DESKS, false, () => '/api/v1/credit-notes'),
  'GET /api/v1/credit-notes/:creditNoteNo': get(
    DESKS,
    true,
    (t) => `/api/v1/credit-notes/${t.record}`,
  ),
  'POST /api/v1/customers/:customerId/payments': post(
    ['finance'],
    201,
    (t) => `/api/v1/customers/${t.record}/payments`,
    () => ({
      receivedAt: '2025-04-20T02:00:00Z',
      amount: cny(187_480),
      method: 'bank-transfer',
      reference: 'ICBC 2025042000017',
    }),
  ),
  'GET /api/v1/customers/:customerId/account': get(
    RECEIVABLES,
    true,
    (t) => `/api/v1/customers/${t.record}/account`,
  ),
  'GET /api/v1/payments': get(RECEIVABLES, false, () => '/api/v1/payments'),
  'GET /api/v1/payments/:paymentId': get(RECEIVABLES, true, (t) => `/api/v1/payments/${t.record}`),
  'POST /api/v1/payments/:paymentId/allocations': post(
    ['finance'],
    200,
    (t) => `/api/v1/payments/${t.record}/allocations`,
    () => ({
      allocations: [{ invoiceNo: 'INV-SH01-2025-000001', amount: cny(100) }],
    }),
  ),
  'GET /api/v1/receivables/ageing': get(RECEIVABLES, false, () => '/api/v1/receivables/ageing'),
  'POST /api/v1/customers/:customerId/receivables-confirmations': post(
    ['finance', 'agent'],
    201,
    (t) => `/api/v1/customers/${t.record}/receivables-confirmations`,
    () => ({
      month: '2025-03',
    }),
  ),
  'GET /api/v1/receivables-confirmations': get(
    RECEIVABLES,
    false,
    () => '/api/v1/receivables-confirmations',
  ),
  'GET /api/v1/receivables-confirmations/:id': get(
    RECEIVABLES,
    true,
    (t) => `/api/v1/receivables-confirmations/${t.record}`,
  ),
  'POST /api/v1/receivables-confirmations/:id/sign-off': post(
    ['finance'],
    200,
    (t) => `/api/v1/receivables-confirmations/${t.record}/sign-off`,
    () => ({}),
  ),
  'GET /api/v1/statistics/monthly': get(
    MANAGERS,
    false,
    () => '/api/v1/statistics/monthly?month=2025-03',
  ),
  'GET /api/v1/statistics/monthly/export': get(
    MANAGERS,
    false,
    () => '/api/v1/statistics/monthly/export?month=2025-03&format=xlsx',
    true,
  ),
  'GET /api/v1/statistics/monthly/report.pdf': get(
    MANAGERS,
    false,
    () => '/api/v1/statistics/monthly/report.pdf?month=2025-03',
    true,
  ),
};
