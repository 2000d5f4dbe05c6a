import type { Role } from '../../src/users/roles';
import type { Expectation, Targets } from './expectation';

// Routes proxied to the tracking service (src/proxy/routes/tracking.routes.ts), R41 written
// down independently of the route table. Waybills of the stub (stubs/tracking.stub.ts): `SH…`
// are SH01's, `GZ…` GZ01's.

export const READERS: Role[] = [
  'agent',
  'branch-manager',
  'hq-service',
  'documents-clerk',
  'dispatcher',
  'finance',
  'general-manager',
  'admin',
];
const HANDLERS: Role[] = ['agent', 'branch-manager', 'hq-service', 'general-manager'];
const LOOKERS: Role[] = [
  'agent',
  'branch-manager',
  'hq-service',
  'general-manager',
  'dispatcher',
  'documents-clerk',
];
const POD_KEEPERS: Role[] = ['documents-clerk', 'agent', 'branch-manager', 'hq-service'];
const RETURNERS: Role[] = ['documents-clerk', 'branch-manager', 'hq-service'];
const PREFERENCE_EDITORS: Role[] = ['agent', 'branch-manager', 'hq-service'];
const TRIP_FILERS: Role[] = ['documents-clerk', 'dispatcher', 'branch-manager'];

/** A valid waybill number (R5) of the case's branch: SH01's or GZ01's. */
export const waybillOf = ({ branch }: Pick<Targets, 'branch'>) =>
  branch === 'GZ01' ? 'GZ0000000026' : 'SH0000000422';

const get = (path: string) => ({ method: 'GET', path });
const read = (
  roles: Role[],
  scoped: boolean,
  request: Expectation['request'],
  file = false,
): Expectation => ({
  roles,
  scoped,
  success: 200,
  request,
  ...(file ? { file } : {}),
});
const change = (
  roles: Role[],
  success: number,
  method: string,
  path: (t: Targets) => string,
  body: (t: Targets) => unknown,
): Expectation => ({
  roles,
  scoped: true,
  success,
  request: (t) => ({ method, path: path(t), body: body(t) }),
});

export const TRACKING_MATRIX: Record<string, Expectation> = {
  // lists are forced to the caller's branch: they never 404
  'GET /api/v1/shipments': read(READERS, false, () => get('/api/v1/shipments')),
  'GET /api/v1/shipments/:waybillNo': read(READERS, true, (t) =>
    get(`/api/v1/shipments/${waybillOf(t)}`),
  ),
  'GET /api/v1/shipments/:waybillNo/timeline': read(READERS, true, (t) =>
    get(`/api/v1/shipments/${waybillOf(t)}/timeline`),
  ),
  'GET /api/v1/shipments/:waybillNo/notifications': read(READERS, true, (t) =>
    get(`/api/v1/shipments/${waybillOf(t)}/notifications`),
  ),
  'GET /api/v1/dispatch/parked': read(
    ['dispatcher', 'hq-service', 'general-manager', 'admin'],
    false,
    () => get('/api/v1/dispatch/parked'),
  ),
  'GET /api/v1/cargo-lookup': read(LOOKERS, false, () =>
    get('/api/v1/cargo-lookup?packaging=drums'),
  ),
  'GET /api/v1/public/tracking/:waybillNo': {
    roles: 'public',
    scoped: false,
    success: 200,
    request: (t) => get(`/api/v1/public/tracking/${waybillOf(t)}?phoneLast4=9000`),
  },
  'GET /api/v1/exceptions': read(READERS, false, () => get('/api/v1/exceptions?state=open')),
  'GET /api/v1/exceptions/:id': read(READERS, true, ({ record }) =>
    get(`/api/v1/exceptions/${record}`),
  ),
  'POST /api/v1/shipments/:waybillNo/exceptions': change(
    HANDLERS,
    201,
    'POST',
    (t) => `/api/v1/shipments/${waybillOf(t)}/exceptions`,
    () => ({ kind: 'damage', note: 'two drums dented' }),
  ),
  'POST /api/v1/exceptions/:id/steps': change(
    HANDLERS,
    201,
    'POST',
    ({ record }) => `/api/v1/exceptions/${record}/steps`,
    () => ({ kind: 'note', text: 'called the consignee' }),
  ),
  'POST /api/v1/exceptions/:id/escalate': change(
    HANDLERS,
    200,
    'POST',
    ({ record }) => `/api/v1/exceptions/${record}/escalate`,
    () => ({ reason: 'beyond my authority' }),
  ),
  'POST /api/v1/exceptions/:id/close': change(
    HANDLERS,
    200,
    'POST',
    ({ record }) => `/api/v1/exceptions/${record}/close`,
    () => ({ resolution: 'replaced', compensation: { amountMinor: 10000, currency: 'CNY' } }),
  ),
  'GET /api/v1/customers/:customerId/tracking-preferences': read(READERS, true, ({ record }) =>
    get(`/api/v1/customers/${record}/tracking-preferences`),
  ),
  'PUT /api/v1/customers/:customerId/tracking-preferences': change(
    PREFERENCE_EDITORS,
    200,
    'PUT',
    ({ record }) => `/api/v1/customers/${record}/tracking-preferences`,
    () => ({
      notifications: { statuses: ['delivered'], emailTo: null, smsTo: '13800001001' },
      podReturn: { mode: 'keep' },
    }),
  ),
  'GET /api/v1/pods': read(READERS, false, () => get('/api/v1/pods?overdue=true')),
  'GET /api/v1/pods/:waybillNo': read(READERS, true, (t) => get(`/api/v1/pods/${waybillOf(t)}`)),
  'POST /api/v1/pods/:waybillNo/receipt': change(
    POD_KEEPERS,
    200,
    'POST',
    (t) => `/api/v1/pods/${waybillOf(t)}/receipt`,
    () => ({ filedAt: 'cabinet 3' }),
  ),
  'POST /api/v1/pods/:waybillNo/chases': change(
    POD_KEEPERS,
    201,
    'POST',
    (t) => `/api/v1/pods/${waybillOf(t)}/chases`,
    () => ({ note: 'called the driver' }),
  ),
  'GET /api/v1/pod-returns': read(READERS, false, () => get('/api/v1/pod-returns?month=2025-03')),
  'POST /api/v1/pod-returns': change(
    RETURNERS,
    200,
    'POST',
    () => '/api/v1/pod-returns',
    ({ branch }) => ({ branch, month: '2025-03' }),
  ),
  'GET /api/v1/pod-returns/:id': read(READERS, true, ({ record }) =>
    get(`/api/v1/pod-returns/${record}`),
  ),
  'POST /api/v1/pod-returns/:id/dispatch': change(
    RETURNERS,
    200,
    'POST',
    ({ record }) => `/api/v1/pod-returns/${record}/dispatch`,
    () => ({ courier: 'SF Express', courierRef: 'SF1234567890' }),
  ),
  'GET /api/v1/pod-returns/:id/cover-sheet': read(
    READERS,
    true,
    ({ record }) => get(`/api/v1/pod-returns/${record}/cover-sheet`),
    true,
  ),
  'GET /api/v1/trip-sheets': read(READERS, false, () =>
    get('/api/v1/trip-sheets?from=2025-03-01&to=2025-03-07'),
  ),
  'POST /api/v1/trip-sheets/filings': change(
    TRIP_FILERS,
    201,
    'POST',
    () => '/api/v1/trip-sheets/filings',
    ({ branch }) => ({
      branch,
      vehicle: '沪A·12345',
      date: '2025-03-12',
      location: 'binder 2025-03',
    }),
  ),
  'GET /api/v1/shipping-notes': read(READERS, false, () =>
    get('/api/v1/shipping-notes?from=2025-03-01&to=2025-03-31'),
  ),
  'GET /api/v1/shipping-notes/export': read(
    READERS,
    false,
    () => get('/api/v1/shipping-notes/export?from=2025-03-01&to=2025-03-31&format=xlsx'),
    true,
  ),
};
