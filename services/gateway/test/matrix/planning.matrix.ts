import { Expectation, HQ } from './expectation';

// R40 with R41: dispatchers and branch managers plan their branch; HQ reads every branch.
const PLANNERS = ['dispatcher', 'branch-manager'] as const;
const READERS = [...PLANNERS, ...HQ];

const vehicle = {
  name: 'Van',
  weightCapacityKg: 1500,
  volumeCapacityM3: 16,
  shift: { from: '08:00', to: '18:00' },
  dangerousGoodsPermit: false,
  costPerKm: { amountMinor: 350, currency: 'CNY' },
  costPerVehicle: { amountMinor: 40000, currency: 'CNY' },
};

/** Routes proxied to the planning service (src/proxy/routes/planning.routes.ts). */
export const PLANNING_MATRIX: Record<string, Expectation> = {
  'GET /api/v1/fleet': {
    roles: READERS,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/fleet' }),
  },
  'GET /api/v1/fleet/vehicles/:id': {
    roles: READERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/fleet/vehicles/${record}` }),
  },
  'POST /api/v1/fleet/vehicles': {
    roles: PLANNERS,
    scoped: true,
    success: 201,
    request: ({ branch, unique }) => ({
      method: 'POST',
      path: '/api/v1/fleet/vehicles',
      body: { id: `${branch}-${unique.toUpperCase()}`, branch, ...vehicle },
    }),
  },
  'PUT /api/v1/fleet/vehicles/:id': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({
      method: 'PUT',
      path: `/api/v1/fleet/vehicles/${record}`,
      body: vehicle,
    }),
  },
  'DELETE /api/v1/fleet/vehicles/:id': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'DELETE', path: `/api/v1/fleet/vehicles/${record}` }),
  },
  'GET /api/v1/jobs': {
    roles: READERS,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/jobs?date=2025-03-12' }),
  },
  'POST /api/v1/plans': {
    roles: PLANNERS,
    scoped: true,
    success: 201,
    request: ({ branch }) => ({
      method: 'POST',
      path: '/api/v1/plans',
      body: { branch, date: '2025-03-12' },
    }),
  },
  'GET /api/v1/plans': {
    roles: READERS,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/plans' }),
  },
  'GET /api/v1/plans/:id': {
    roles: READERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/plans/${record}` }),
  },
  'POST /api/v1/plans/:id/replan': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'POST', path: `/api/v1/plans/${record}/replan`, body: {} }),
  },
  'POST /api/v1/plans/:id/pins': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({
      method: 'POST',
      path: `/api/v1/plans/${record}/pins`,
      body: { jobId: 'SH0000000422:pickup', vehicleId: 'SH01-T01' },
    }),
  },
  'DELETE /api/v1/plans/:id/pins/:jobId': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({
      method: 'DELETE',
      path: `/api/v1/plans/${record}/pins/SH0000000422:pickup`,
    }),
  },
  'POST /api/v1/plans/:id/moves': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({
      method: 'POST',
      path: `/api/v1/plans/${record}/moves`,
      body: { jobId: 'SH0000000422:pickup', vehicleId: 'SH01-V01', position: 1 },
    }),
  },
  'POST /api/v1/plans/:id/publish': {
    roles: PLANNERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'POST', path: `/api/v1/plans/${record}/publish` }),
  },
  'GET /api/v1/plans/:id/stops': {
    roles: READERS,
    scoped: true,
    success: 200,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/plans/${record}/stops` }),
  },
  'GET /api/v1/plans/:id/map.svg': {
    roles: READERS,
    scoped: true,
    success: 200,
    file: true,
    request: ({ record }) => ({ method: 'GET', path: `/api/v1/plans/${record}/map.svg` }),
  },
};
