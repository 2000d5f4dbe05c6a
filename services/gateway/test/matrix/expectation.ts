import { ROLES, Role } from '../../src/users/roles';

export const ALL = ROLES;
export const HQ: readonly Role[] = ['hq-service', 'general-manager', 'admin'];

/** What a matrix row's request is built from: this case's branch and records in it. */
export interface Targets {
  /** a staff account (admin routes): own branch's or another's */
  target: string;
  /** letters no other case uses */
  unique: string;
  /** the branch code: SH01 (own) or GZ01 (other) */
  branch: string;
  /** a downstream record id in that branch: `sh-1` or `gz-1` (stubs/index.ts) */
  record: string;
}

export interface Expectation {
  /** roles that get `success`; every other role gets 403 */
  roles: readonly Role[] | 'public';
  /** branch-scoped: a branch user reaching another branch's record gets 404 */
  scoped: boolean;
  success: number;
  /** text/event-stream: only the status is read, then the stream is closed */
  stream?: boolean;
  /** a file (PDF, XLSX …): only status and content type are read */
  file?: boolean;
  request: (t: Targets) => {
    method: string;
    path: string;
    body?: unknown;
  };
}
