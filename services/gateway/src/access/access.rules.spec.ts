import type { Role } from '../users/roles';
import { AccessPolicy, branchFilter, canReachBranch, decideAccess } from './access.rules';
import type { Principal } from './principal';

const as = (role: Role, branch = 'SH01'): Principal => ({
  userId: 'u1',
  username: role,
  role,
  branch,
  issuer: 'gateway',
});
const managers: AccessPolicy = {
  kind: 'roles',
  roles: ['branch-manager', 'admin'],
  scope: 'branch',
};

describe('R41 access decisions', () => {
  it('refuses a route that declares nothing, whoever calls', () => {
    expect(decideAccess(undefined, as('admin', 'HQ'))).toBe('undeclared');
    expect(decideAccess(undefined, undefined)).toBe('undeclared');
  });

  it('lets anyone through a public route', () => {
    expect(decideAccess({ kind: 'public' }, undefined)).toBe('allow');
  });

  it('asks for a token, then for one of the declared roles', () => {
    expect(decideAccess(managers, undefined)).toBe('unauthenticated');
    expect(decideAccess(managers, as('agent'))).toBe('forbidden');
    expect(decideAccess(managers, as('branch-manager'))).toBe('allow');
  });

  it('limits branch staff to their branch; HQ roles see every branch', () => {
    expect(canReachBranch(as('branch-manager', 'SH01'), 'SH01')).toBe(true);
    expect(canReachBranch(as('branch-manager', 'SH01'), 'GZ01')).toBe(false);
    expect(branchFilter(as('dispatcher', 'SH01'))).toBe('SH01');
    for (const role of ['hq-service', 'general-manager', 'admin'] as const) {
      expect(canReachBranch(as(role, 'HQ'), 'GZ01')).toBe(true);
      expect(branchFilter(as(role, 'HQ'))).toBeNull();
    }
  });
});
