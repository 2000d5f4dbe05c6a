import { HEADQUARTERS_ROLES, Role } from '../users/roles';
import type { Principal } from './principal';

/**
 * What a route declares (R41). `branch`: its records belong to a branch, and a branch user
 * only ever reaches those of their own branch. `company`: data not owned by any branch.
 */
export type AccessPolicy =
  { kind: 'public' } | { kind: 'roles'; roles: readonly Role[]; scope: 'branch' | 'company' };

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'undeclared';

/** The one authorisation decision of every route. A route that declares nothing is refused. */
export function decideAccess(
  policy: AccessPolicy | undefined,
  principal: Principal | undefined,
): AccessDecision {
  if (!policy) return 'undeclared';
  if (policy.kind === 'public') return 'allow';
  if (!principal) return 'unauthenticated';
  return policy.roles.includes(principal.role) ? 'allow' : 'forbidden';
}

/** R41: HQ customer service, the general manager and administrators see every branch. */
export function seesAllBranches(principal: Principal): boolean {
  return HEADQUARTERS_ROLES.includes(principal.role);
}

/** The branch a principal's queries are limited to, or null for all branches. */
export function branchFilter(principal: Principal): string | null {
  return seesAllBranches(principal) ? null : principal.branch;
}

export function canReachBranch(principal: Principal, branchCode: string): boolean {
  return seesAllBranches(principal) || principal.branch === branchCode;
}
