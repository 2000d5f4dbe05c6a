import { staffRole } from '@freight/contracts';

/**
 * R41: the roles staff sign in with — the same list the event contracts use (`staffRole`), so an
 * escalation names a role people sign in with. Authorisation maps routes to these; the app_user
 * table's CHECK constraint holds the same list (change both, through a migration).
 */
export const ROLES = staffRole.options;

export type Role = (typeof ROLES)[number];

/** Roles that work for the whole company from headquarters and see every branch (R41). */
export const HEADQUARTERS_ROLES: readonly Role[] = ['hq-service', 'general-manager', 'admin'];

/** A role name as another part of the platform sends it (a ticket row, a path parameter). */
export function isRole(name: unknown): name is Role {
  return (ROLES as readonly unknown[]).includes(name);
}
