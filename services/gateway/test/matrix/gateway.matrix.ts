import { ALL, Expectation, HQ } from './expectation';
import { READERS as TRACKING_READERS, waybillOf } from './tracking.matrix';

/** The gateway's own routes: sign-in, staff and branches, audit, meta, the live stream. */
export const GATEWAY_MATRIX: Record<string, Expectation> = {
  'GET /api/v1/auth/me': {
    roles: ALL,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/auth/me' }),
  },
  'POST /api/v1/auth/login': {
    roles: 'public',
    scoped: false,
    success: 401,
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { username: 'x', password: 'y' },
    }),
  },
  'POST /api/v1/auth/refresh': {
    roles: 'public',
    scoped: false,
    success: 401,
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/refresh',
      body: { refreshToken: 'unknown' },
    }),
  },
  'POST /api/v1/auth/logout': {
    roles: 'public',
    scoped: false,
    success: 204,
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/logout',
      body: { refreshToken: 'unknown' },
    }),
  },
  'GET /api/v1/audit': {
    roles: HQ,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/audit?limit=1' }),
  },
  'GET /api/v1/meta/services': {
    roles: HQ,
    scoped: false,
    success: 503,
    request: () => ({ method: 'GET', path: '/api/v1/meta/services' }),
  },
  'GET /api/v1/admin/branches': {
    roles: ALL,
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/admin/branches' }),
  },
  'POST /api/v1/admin/branches': {
    roles: ['admin'],
    scoped: false,
    success: 201,
    request: ({ unique }) => ({
      method: 'POST',
      path: '/api/v1/admin/branches',
      body: {
        code: `B${unique.slice(0, 6).toUpperCase()}`,
        name: 'Test branch',
        timeZone: 'Asia/Shanghai',
      },
    }),
  },
  'GET /api/v1/admin/roles': {
    roles: ['admin', 'branch-manager', 'general-manager'],
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/admin/roles' }),
  },
  'GET /api/v1/admin/users': {
    roles: ['admin', 'branch-manager', 'general-manager'],
    scoped: false,
    success: 200,
    request: () => ({ method: 'GET', path: '/api/v1/admin/users' }),
  },
  'POST /api/v1/admin/users': {
    roles: ['admin'],
    scoped: false,
    success: 201,
    request: ({ unique }) => ({
      method: 'POST',
      path: '/api/v1/admin/users',
      body: {
        username: `u-${unique}`,
        displayName: 'New',
        role: 'agent',
        branchCode: 'GZ01',
        password: 'a-long-password-1',
      },
    }),
  },
  'GET /api/v1/admin/users/:id': {
    roles: ['admin', 'branch-manager', 'general-manager'],
    scoped: true,
    success: 200,
    request: ({ target }) => ({ method: 'GET', path: `/api/v1/admin/users/${target}` }),
  },
  'PATCH /api/v1/admin/users/:id': {
    roles: ['admin'],
    scoped: true,
    success: 200,
    request: ({ target }) => ({
      method: 'PATCH',
      path: `/api/v1/admin/users/${target}`,
      body: { displayName: 'Renamed' },
    }),
  },
  'POST /api/v1/admin/users/:id/unlock': {
    roles: ['admin', 'branch-manager'],
    scoped: true,
    success: 200,
    request: ({ target }) => ({ method: 'POST', path: `/api/v1/admin/users/${target}/unlock` }),
  },
  'POST /api/v1/admin/users/:id/revoke-sessions': {
    roles: ['admin', 'branch-manager'],
    scoped: true,
    success: 200,
    request: ({ target }) => ({
      method: 'POST',
      path: `/api/v1/admin/users/${target}/revoke-sessions`,
    }),
  },
  // live escalations (decision 0021): every role, each gets its own role's and branch's events
  'GET /api/v1/live': {
    roles: ALL,
    scoped: false,
    success: 200,
    stream: true,
    request: () => ({ method: 'GET', path: '/api/v1/live' }),
  },
  'POST /api/v1/live/tickets': {
    roles: ALL,
    scoped: false,
    success: 201,
    request: () => ({ method: 'POST', path: '/api/v1/live/tickets' }),
  },
  // The composed waybill view (src/views, issue 22): everyone who answers for shipments;
  // another branch's waybill is a 404 (the stubs answer `GZ…` waybills as GZ01's).
  'GET /api/v1/waybills/:no': {
    roles: TRACKING_READERS,
    scoped: true,
    success: 200,
    request: (t) => ({ method: 'GET', path: `/api/v1/waybills/${waybillOf(t)}` }),
  },
};
