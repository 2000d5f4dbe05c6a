import Decimal from 'decimal.js';
import { DateTime } from 'luxon';
import {
  BeyondAuthority,
  ExceptionClosed,
  TopOfLadder,
  WithYourSuperior,
} from './exception.errors';

// R13: exceptions are handled by the agent when within their authority, otherwise escalated —
// agent → branch manager → HQ customer service — and tracked to closure. Pure rules.

/** Who handles an exception, lowest first; escalation moves it one rung up. */
export const HANDLING_LADDER = ['agent', 'branch-manager', 'hq-service'] as const;

/** Seniority of the roles that settle exceptions; other roles settle none. */
const SENIORITY: Record<string, number> = {
  agent: 1,
  'branch-manager': 2,
  'hq-service': 3,
  'general-manager': 4,
};

export const seniorityOf = (role: string): number => SENIORITY[role] ?? 0;

/** The configurable authority (fen): an agent's and a branch manager's; HQ has no limit. */
export interface Authority {
  agentLimitFen: number;
  managerLimitFen: number;
}

export function compensationLimit(role: string, authority: Authority): number {
  if (role === 'agent') return authority.agentLimitFen;
  if (role === 'branch-manager') return authority.managerLimitFen;
  return seniorityOf(role) >= 3 ? Number.POSITIVE_INFINITY : 0;
}

/** ¥1,200.00 — fen to yuan, exact (decimal.js; no rounding: fen are the smallest unit). */
export function yuan(fen: number): string {
  const [whole, cents] = new Decimal(fen).dividedBy(100).toFixed(2).split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

interface Handled {
  id: string;
  state: 'open' | 'closed';
  assignedRole: string;
}

/**
 * R13: may `role` close the exception paying `compensationFen`? The exception must be open and
 * not escalated above the role, and the amount within the role's authority.
 */
export function checkClose(
  e: Handled,
  role: string,
  compensationFen: number,
  authority: Authority,
) {
  if (e.state === 'closed') throw new ExceptionClosed(e.id);
  if (seniorityOf(role) < seniorityOf(e.assignedRole))
    throw new WithYourSuperior(e.id, e.assignedRole);
  const limit = compensationLimit(role, authority);
  if (compensationFen > limit)
    throw new BeyondAuthority(
      role,
      yuan(compensationFen),
      Number.isFinite(limit) ? yuan(limit) : 'none',
    );
}

/** R13: the rung above whoever holds it now; refused when closed, above the caller, or at the top. */
export function checkEscalate(e: Handled, role: string): string {
  if (e.state === 'closed') throw new ExceptionClosed(e.id);
  if (seniorityOf(role) < seniorityOf(e.assignedRole))
    throw new WithYourSuperior(e.id, e.assignedRole);
  const next = HANDLING_LADDER[HANDLING_LADDER.indexOf(e.assignedRole as never) + 1];
  if (!next) throw new TopOfLadder(e.id);
  return next;
}

/**
 * R39: a lapsed level of the exception's deadline hands it to that level's role — never down
 * (a person may have escalated it further already). Returns the role now holding it.
 */
export function roleAfterDeadlineLevel(assignedRole: string, levelRole: string): string {
  return seniorityOf(levelRole) > seniorityOf(assignedRole) ? levelRole : assignedRole;
}

/** `EXC-SH-2025-000012`: branch prefix, year in Shanghai, a sequence — readable on the phone. */
export function exceptionIdOf(branch: string, raisedAt: Date, seq: number): string {
  const year = DateTime.fromJSDate(raisedAt, { zone: 'Asia/Shanghai' }).year;
  return `EXC-${branch.slice(0, 2)}-${year}-${String(seq).padStart(6, '0')}`;
}

/** "2025-03-15 18:00" in Shanghai: how staff and customers read times. */
export function shanghaiTime(at: Date): string {
  return DateTime.fromJSDate(at, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd HH:mm');
}
