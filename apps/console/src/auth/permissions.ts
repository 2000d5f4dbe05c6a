// Who may use which of the gateway's own pages — the same lists as the gateway's @Allow
// declarations (services/gateway/src/admin/*.http.controller.ts, audit/audit.http.controller.ts), so the
// console offers only what the gateway will answer. The gateway still decides (R41).

/** hq-service, general-manager and admin work for every branch (R41). */
export const HQ_ROLES = ['hq-service', 'general-manager', 'admin'];

export const CAN = {
  readStaff: ['admin', 'branch-manager', 'general-manager'],
  manageStaff: ['admin'],
  keepSessions: ['admin', 'branch-manager'],
  manageBranches: ['admin'],
  readAudit: ['admin', 'hq-service', 'general-manager'],
} as const;

export type Ability = keyof typeof CAN;

export const can = (role: string | undefined, ability: Ability): boolean =>
  !!role && (CAN[ability] as readonly string[]).includes(role);

export const seesAllBranches = (role: string | undefined): boolean =>
  !!role && HQ_ROLES.includes(role);
