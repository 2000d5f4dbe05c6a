import { OrderHttp } from '@freight/contracts';
import type { Role } from '../../src/users/roles';
import type { Expectation } from './expectation';

// Routes proxied to the order service (src/proxy/routes/order.routes.ts), R41 written down on
// its own: the desk works customers, inquiries, orders, notices and leads; the documents desk
// acknowledges; readers read; HQ prices; reports for managers and finance.
const DESK: readonly Role[] = ['agent', 'branch-manager', 'hq-service', 'admin'];
const DESK_AND_GM: readonly Role[] = [...DESK, 'general-manager'];
const READERS: readonly Role[] = [...DESK_AND_GM, 'documents-clerk', 'dispatcher', 'finance'];
const REPORTS: readonly Role[] = [
  'branch-manager',
  'hq-service',
  'general-manager',
  'finance',
  'admin',
];

const row = (
  roles: readonly Role[],
  scoped: boolean,
  success: number,
  request: Expectation['request'],
  file?: boolean,
): Expectation => ({ roles, scoped, success, request, ...(file ? { file } : {}) });

const get = (
  path: (record: string) => string,
  roles: readonly Role[],
  scoped = true,
  file = false,
) =>
  row(
    roles,
    scoped,
    200,
    ({ record }) => ({ method: 'GET', path: `/api/v1/${path(record)}` }),
    file,
  );

const post = (
  path: (record: string) => string,
  body: unknown,
  roles: readonly Role[],
  success = 200,
) =>
  row(roles, true, success, ({ record }) => ({
    method: 'POST',
    path: `/api/v1/${path(record)}`,
    body,
  }));

const create = (path: string, body: object, roles: readonly Role[]) =>
  row(roles, true, 201, ({ branch }) => ({
    method: 'POST',
    path: `/api/v1/${path}`,
    body: { ...body, branch },
  }));

const days = '?from=2026-03-01&to=2026-03-02';

export const ORDER_MATRIX: Record<string, Expectation> = {
  'POST /api/v1/customers': create('customers', OrderHttp.exampleNewCustomer, DESK),
  'GET /api/v1/customers': get(() => 'customers', READERS, false),
  'GET /api/v1/customers/:id': get((id) => `customers/${id}`, READERS),
  'PATCH /api/v1/customers/:id': row(DESK, true, 200, ({ record }) => ({
    method: 'PATCH',
    path: `/api/v1/customers/${record}`,
    body: { email: 'office@example.cn' },
  })),
  'GET /api/v1/customers/:id/history': get((id) => `customers/${id}/history`, READERS),

  'POST /api/v1/rate-tables': row(['hq-service', 'general-manager', 'admin'], false, 201, () => ({
    method: 'POST',
    path: '/api/v1/rate-tables',
    body: OrderHttp.exampleRateTable,
  })),
  'GET /api/v1/rate-tables': get(() => 'rate-tables', READERS, false),
  'GET /api/v1/rate-tables/:id': get(() => 'rate-tables/RT-0001', READERS, false),

  'POST /api/v1/inquiries': create('inquiries', OrderHttp.exampleInquiry, DESK),
  'GET /api/v1/inquiries': get(() => 'inquiries', DESK_AND_GM, false),
  'GET /api/v1/inquiries/:id': get((id) => `inquiries/${id}`, DESK_AND_GM),
  'PATCH /api/v1/inquiries/:id': row(DESK, true, 200, ({ record }) => ({
    method: 'PATCH',
    path: `/api/v1/inquiries/${record}`,
    body: { msdsReference: 'MSDS-1' },
  })),
  'POST /api/v1/inquiries/:id/quote': post((id) => `inquiries/${id}/quote`, {}, DESK),
  'POST /api/v1/inquiries/:id/callback': post(
    (id) => `inquiries/${id}/callback`,
    { outcome: 'price tomorrow' },
    DESK,
  ),
  'POST /api/v1/inquiries/:id/decline': post(
    (id) => `inquiries/${id}/decline`,
    { reason: 'no capacity' },
    DESK,
  ),
  'POST /api/v1/inquiries/:id/reassign': post(
    (id) => `inquiries/${id}/reassign`,
    { agent: { userId: 'u-2', username: 'agent2' } },
    ['branch-manager', 'hq-service', 'admin'],
  ),
  'GET /api/v1/quotes/:id': get((id) => `quotes/${id}`, DESK_AND_GM),
  'POST /api/v1/quotes/:id/accept': post((id) => `quotes/${id}/accept`, {}, DESK),

  'POST /api/v1/orders': create('orders', OrderHttp.exampleNewOrder, DESK),
  'GET /api/v1/orders': get(() => 'orders', READERS, false),
  'GET /api/v1/orders/:id': get((id) => `orders/${id}`, READERS),
  'PATCH /api/v1/orders/:id': row([...DESK, 'documents-clerk'], true, 200, ({ record }) => ({
    method: 'PATCH',
    path: `/api/v1/orders/${record}`,
    body: { cautions: 'fragile' },
  })),
  'POST /api/v1/orders/:id/acknowledge': post((id) => `orders/${id}/acknowledge`, {}, [
    'documents-clerk',
    'branch-manager',
    'admin',
  ]),
  'POST /api/v1/orders/:id/cancel': post(
    (id) => `orders/${id}/cancel`,
    { reason: 'postponed' },
    DESK,
  ),
  'GET /api/v1/orders/:id/history': get((id) => `orders/${id}/history`, READERS),
  'GET /api/v1/orders/:id/labels.pdf': get(
    (id) => `orders/${id}/labels.pdf`,
    [...READERS, 'warehouse-keeper'],
    true,
    true,
  ),
  'GET /api/v1/orders/:id/pickup-notices': get((id) => `orders/${id}/pickup-notices`, DESK),
  'POST /api/v1/orders/:id/pickup-notices': post(
    (id) => `orders/${id}/pickup-notices`,
    { channel: 'phone', answeredBy: { name: '李强', gender: 'male' } },
    DESK,
    201,
  ),
  'POST /api/v1/orders/:id/collected': post(
    (id) => `orders/${id}/collected`,
    { collectedBy: { name: '李强', idLast4: '123X' } },
    DESK,
  ),

  'POST /api/v1/leads': create('leads', OrderHttp.exampleLead, DESK),
  'GET /api/v1/leads': get(() => 'leads', DESK_AND_GM, false),
  'GET /api/v1/leads/:id': get((id) => `leads/${id}`, DESK_AND_GM),
  'POST /api/v1/leads/:id/promising': post(
    (id) => `leads/${id}/promising`,
    { reason: 'monthly volume' },
    DESK,
  ),
  'POST /api/v1/leads/:id/convert': post(
    (id) => `leads/${id}/convert`,
    { billingTerms: { kind: 'monthly', creditDays: 30 } },
    DESK,
  ),

  'GET /api/v1/reports/daily-volume': get(() => `reports/daily-volume${days}`, REPORTS, false),
  'GET /api/v1/reports/daily-volume.csv': get(
    () => `reports/daily-volume.csv${days}`,
    REPORTS,
    false,
    true,
  ),
  'GET /api/v1/reports/daily-volume.xlsx': get(
    () => `reports/daily-volume.xlsx${days}`,
    REPORTS,
    false,
    true,
  ),
};
