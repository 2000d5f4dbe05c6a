import type { Role } from '../../src/users/roles';
import { WAREHOUSE_ROUTES } from '../../src/proxy/routes/warehouse.routes';
import { ALL, Expectation, HQ } from './expectation';

// Routes proxied to the warehouse service (src/proxy/routes/warehouse*.ts), R41 written down
// for issue 24: who may call each one. Request bodies are the routes' documented examples,
// moved to the case's branch.

const MANAGEMENT: Role[] = ['branch-manager', ...HQ];
/** The warehouse's own people and their managers: who reads its forms. */
const STAFF: Role[] = [
  'warehouse-keeper',
  'workshop-director',
  'qc-inspector',
  'sales',
  'finance',
  'gate-guard',
  ...MANAGEMENT,
];
/** The ledger, cards and reconciliation. */
const STOCK: Role[] = ['warehouse-keeper', 'workshop-director', 'sales', 'finance', ...MANAGEMENT];
const FINES: Role[] = ['finance', ...MANAGEMENT];
const APPROVERS: Role[] = ['workshop-director', 'branch-manager', 'general-manager'];

const exampleOf = (method: string, path: string): Record<string, unknown> => {
  const route = WAREHOUSE_ROUTES.find((r) => r.method === method && r.path === path);
  if (!route?.example) throw new Error(`no example for ${method} ${path}`);
  return route.example as Record<string, unknown>;
};

const row = (route: string, expectation: Expectation): [string, Expectation] => [
  route,
  expectation,
];
const list = (path: string, roles: readonly Role[], query = ''): [string, Expectation] => [
  `GET /api/v1/${path}`,
  {
    roles,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: `/api/v1/${path}${query}` }),
  },
];
const one = (path: string, roles: readonly Role[]): [string, Expectation] => [
  `GET /api/v1/${path}/:id`,
  {
    roles,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/${path}/${record}` }),
  },
];
const create = (path: string, roles: readonly Role[]): [string, Expectation] => [
  `POST /api/v1/${path}`,
  {
    roles,
    scoped: true,
    success: 201,
    request: ({ branch }) => ({
      method: 'POST',
      path: `/api/v1/${path}`,
      body: { ...exampleOf('POST', path), branch },
    }),
  },
];
const step = (path: string, name: string, roles: readonly Role[]): [string, Expectation] => [
  `POST /api/v1/${path}/:id/${name}`,
  {
    roles,
    scoped: true,
    success: 200,
    request: ({ record }) => ({
      method: 'POST',
      path: `/api/v1/${path}/${record}/${name}`,
      body: exampleOf('POST', `${path}/:id/${name}`),
    }),
  },
];
const form = (path: string, creators: readonly Role[], steps: [string, readonly Role[]][] = []) => [
  list(path, STAFF),
  one(path, STAFF),
  create(path, creators),
  ...steps.map(([name, roles]) => step(path, name, roles)),
];

export const WAREHOUSE_MATRIX: Record<string, Expectation> = Object.fromEntries([
  list('items', ALL),
  row('GET /api/v1/items/:code', {
    roles: ALL,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/items/FG-PMP-0150' }),
  }),
  row('POST /api/v1/items', {
    roles: ['warehouse-keeper', 'admin'],
    scoped: false,
    success: 201,
    request: ({ unique }) => ({
      method: 'POST',
      path: '/api/v1/items',
      body: { ...exampleOf('POST', 'items'), code: `FG-${unique.toUpperCase()}` },
    }),
  }),
  row('PUT /api/v1/items/:code/prices', {
    roles: ['finance', 'admin'],
    scoped: false,
    success: 200,
    request: () => ({
      method: 'PUT',
      path: '/api/v1/items/FG-PMP-0150/prices',
      body: exampleOf('PUT', 'items/:code/prices'),
    }),
  }),
  list('stock', STAFF),
  list('stock/ledger', STOCK),
  list('stock/idle', STOCK),
  row('GET /api/v1/stock/reconciliation/:branch', {
    roles: STOCK,
    scoped: true,
    success: 200,
    request: ({ branch }) => ({ method: 'GET', path: `/api/v1/stock/reconciliation/${branch}` }),
  }),
  list('approval-policy', STAFF),
  list('approvals', STAFF),
  one('approvals', STAFF),
  step('approvals', 'approve', APPROVERS),
  step('approvals', 'reject', APPROVERS),
  ...form(
    'inbound-slips',
    ['workshop-director', 'warehouse-keeper'],
    [
      ['inspection', ['qc-inspector']],
      ['receipt', ['warehouse-keeper']],
    ],
  ),
  ...form('qc-clearances', ['qc-inspector']),
  ...form(
    'sales',
    ['sales'],
    [
      ['issue', ['warehouse-keeper']],
      ['signed-issue-list', ['warehouse-keeper']],
      ['issue-list-handover', ['finance']],
      ['settlement', ['finance']],
    ],
  ),
  ...form('gate-passes', ['finance']),
  row('GET /api/v1/gate-passes/:id/pdf', {
    roles: STAFF,
    scoped: true,
    success: 200,
    file: true,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/gate-passes/${record}/pdf` }),
  }),
  ...form('gate-exits', ['gate-guard', 'branch-manager']),
  ...form(
    'returns',
    ['sales'],
    [
      ['inspection', ['qc-inspector']],
      ['handling-report', ['sales']],
      ['booking', ['warehouse-keeper']],
      ['accounting', ['finance']],
    ],
  ),
  ...form(
    'replacements',
    ['sales'],
    [
      ['old-part', ['warehouse-keeper']],
      ['issue', ['warehouse-keeper']],
    ],
  ),
  ...form(
    'entrusted-requisitions',
    ['workshop-director'],
    [
      ['issue', ['warehouse-keeper']],
      ['returns', ['warehouse-keeper']],
      ['compensation-list', ['warehouse-keeper']],
      ['processor-confirmation', ['workshop-director']],
    ],
  ),
  ...form(
    'purchase-receipts',
    ['warehouse-keeper'],
    [
      ['inspection', ['qc-inspector']],
      ['receipt', ['warehouse-keeper']],
      ['invoice', ['warehouse-keeper', 'finance']],
    ],
  ),
  ...form(
    'requisitions',
    ['workshop-director', 'sales', 'warehouse-keeper'],
    [['issue', ['warehouse-keeper']]],
  ),
  list('workshop-custody', STAFF),
  list('workshop-custody/reports', STAFF),
  create('workshop-custody/virtual-returns', ['warehouse-keeper']),
  ...form(
    'count-sheets',
    ['warehouse-keeper'],
    [
      ['counts', ['warehouse-keeper']],
      ['close', ['warehouse-keeper']],
    ],
  ),
  ...form('stock-adjustments', ['warehouse-keeper']),
  list('warehouse-fines', FINES, '?month=2025-03'),
  row('GET /api/v1/warehouse-fines/sheet', {
    roles: FINES,
    scoped: false,
    success: 200,
    file: true,
    request: () => ({
      method: 'GET',
      path: '/api/v1/warehouse-fines/sheet?month=2025-03&format=csv',
    }),
  }),
  create('warehouse-fines', ['branch-manager', 'general-manager']),
]);
