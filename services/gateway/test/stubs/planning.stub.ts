import type { StubRoute } from '@freight/testing';

// A stand-in of the planning service's internal API (libs/contracts/src/http/planning.ts):
// records whose id starts with `gz` are GZ01's, others SH01's.
const branchOf = (id: string) => (id.startsWith('gz') ? 'GZ01' : 'SH01');
const fen = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const at = '2025-03-12T01:00:00.000Z';

const vehicle = (id: string, branch = branchOf(id)) => ({
  id,
  branch,
  name: 'Van',
  weightCapacityKg: 1500,
  volumeCapacityM3: 16,
  shift: { from: '08:00', to: '18:00' },
  dangerousGoodsPermit: false,
  costPerKm: fen(350),
  costPerVehicle: fen(40000),
  active: true,
  updatedAt: at,
});

const stop = {
  seq: 1,
  jobId: 'SH0000000422:pickup',
  kind: 'pickup',
  waybillNo: 'SH0000000422',
  name: 'Shipper',
  address: '上海市浦东新区张江路 88 号',
  location: { lat: 31.2, lng: 121.6 },
  window: { from: at, to: '2025-03-12T05:00:00.000Z' },
  arrivalAt: at,
  startAt: at,
  departureAt: '2025-03-12T01:15:00.000Z',
  weightKg: 860,
  volumeM3: 2.4,
  loadAfter: { weightKg: 860, volumeM3: 2.4 },
  kmFromPrevious: 20.5,
  pinned: false,
};

const plan = (id: string, branch = branchOf(id)) => ({
  id,
  branch,
  date: '2025-03-12',
  revision: 1,
  status: 'draft',
  stale: false,
  staleReasons: [],
  computedAt: at,
  publishedAt: null,
  summary: {
    vehicles: 1,
    fleet: 3,
    jobs: 1,
    served: 1,
    unserved: 0,
    km: 41,
    emptyKm: 20.5,
    cost: fen(54350),
  },
  routes: [
    {
      vehicleId: 'SH01-V01',
      vehicleName: 'Van',
      colour: '#1f77b4',
      departAt: '2025-03-12T00:20:00.000Z',
      returnAt: '2025-03-12T01:55:00.000Z',
      km: 41,
      emptyKm: 20.5,
      startLoad: { weightKg: 0, volumeM3: 0 },
      cost: fen(54350),
      stops: [stop],
    },
  ],
  unserved: [],
  pins: [],
  settings: {
    timeLimitSeconds: 3,
    distanceSource: 'great-circle×1.3',
    solver: 'jsprit-core 1.8',
    solveMillis: 310,
  },
});

const summary = (id: string) => {
  const {
    id: planId,
    branch,
    date,
    revision,
    status,
    stale,
    computedAt,
    publishedAt,
    summary: totals,
  } = plan(id);
  return {
    id: planId,
    branch,
    date,
    revision,
    status,
    stale,
    computedAt,
    publishedAt,
    summary: totals,
  };
};

const byBranch = <T extends { branch: string }>(items: T[], branch: string | null) =>
  items.filter((item) => !branch || item.branch === branch);

const missing = (path: string): StubRoute => ({
  method: 'GET',
  path,
  answer: () => ({
    status: 404,
    body: { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 },
  }),
});

export const PLANNING_ROUTES: StubRoute[] = [
  missing('/fleet/vehicles/missing'),
  missing('/plans/missing'),
  {
    method: 'GET',
    path: '/fleet',
    answer: ({ query }) => ({
      status: 200,
      body: { items: byBranch([vehicle('sh-1'), vehicle('gz-1')], query.get('branch')) },
    }),
  },
  {
    method: 'GET',
    path: '/fleet/vehicles/:id',
    answer: ({ params }) => ({ status: 200, body: vehicle(params.id) }),
  },
  {
    method: 'POST',
    path: '/fleet/vehicles',
    answer: ({ body }) => {
      const { id, branch } = body as { id: string; branch: string };
      return { status: 201, body: vehicle(id, branch) };
    },
  },
  {
    method: 'PUT',
    path: '/fleet/vehicles/:id',
    answer: ({ params }) => ({ status: 200, body: vehicle(params.id) }),
  },
  {
    method: 'DELETE',
    path: '/fleet/vehicles/:id',
    answer: ({ params }) => ({ status: 200, body: { ...vehicle(params.id), active: false } }),
  },
  {
    method: 'GET',
    path: '/jobs',
    answer: ({ query }) => ({
      status: 200,
      body: {
        items: byBranch(
          [
            {
              id: 'SH0000000422:pickup',
              branch: 'SH01',
              kind: 'pickup',
              waybillNo: 'SH0000000422',
              orderId: 'ORD-SH-2025-000042',
              customer: 'Customer',
              name: 'Shipper',
              phone: '13800138000',
              address: '上海市浦东新区张江路 88 号',
              location: { lat: 31.2, lng: 121.6 },
              weightKg: 860,
              volumeM3: 2.4,
              dangerousGoodsClass: 'none',
              window: { from: at, to: '2025-03-12T05:00:00.000Z' },
              serviceMinutes: 15,
              date: '2025-03-12',
              status: 'open',
            },
          ],
          query.get('branch'),
        ),
      },
    }),
  },
  {
    method: 'POST',
    path: '/plans',
    answer: ({ body }) => {
      const { branch } = body as { branch: string };
      return { status: 201, body: plan(`PLN-${branch}-20250312`, branch) };
    },
  },
  {
    method: 'GET',
    path: '/plans',
    answer: ({ query }) => ({
      status: 200,
      body: {
        items: byBranch([summary('sh-1'), summary('gz-1')], query.get('branch')),
        nextCursor: null,
      },
    }),
  },
  {
    method: 'GET',
    path: '/plans/:id',
    answer: ({ params }) => ({ status: 200, body: plan(params.id) }),
  },
  {
    method: 'POST',
    path: '/plans/:id/replan',
    answer: ({ params }) => ({ status: 200, body: plan(params.id) }),
  },
  {
    method: 'POST',
    path: '/plans/:id/pins',
    answer: ({ params }) => ({ status: 200, body: plan(params.id) }),
  },
  {
    method: 'DELETE',
    path: '/plans/:id/pins/:jobId',
    answer: ({ params }) => ({ status: 200, body: plan(params.id) }),
  },
  {
    method: 'POST',
    path: '/plans/:id/moves',
    answer: ({ params }) => ({ status: 200, body: plan(params.id) }),
  },
  {
    method: 'POST',
    path: '/plans/:id/publish',
    answer: ({ params }) => ({
      status: 200,
      body: { ...plan(params.id), status: 'published', publishedAt: at },
    }),
  },
  {
    method: 'GET',
    path: '/plans/:id/stops',
    answer: ({ params }) => ({
      status: 200,
      body: {
        planId: params.id,
        branch: branchOf(params.id),
        items: [{ vehicleId: 'SH01-V01', vehicleName: 'Van', ...stop }],
      },
    }),
  },
  {
    method: 'GET',
    path: '/plans/:id/map.svg',
    answer: () => ({
      status: 200,
      contentType: 'image/svg+xml; charset=utf-8',
      raw: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
    }),
  },
];
