import { DomainError } from '@freight/platform';
import type { Staff } from '../shared/staff';
import { amountOf, type Approval } from './approval.entity';
import { APPROVAL_POLICY, mayDecide } from './approval-policy';
import { yuan } from '../shared/amounts';

const HQ_ROLES = ['general-manager', 'admin', 'hq-service'];

export class ApprovalAlreadyDecided extends DomainError {
  constructor(a: Approval) {
    super(
      409,
      'approval-decided',
      `approval ${a.id} was already ${a.status} by ${a.decidedBy?.username}`,
    );
  }
}

export class NotAnApprover extends DomainError {
  constructor(a: Approval, role: string) {
    const who = APPROVAL_POLICY[a.kind].approvers
      .map((x) => (x.upToMinor === null ? x.role : `${x.role} (up to ${yuan(x.upToMinor)})`))
      .join(' or ');
    const amount = amountOf(a);
    super(
      403,
      'not-an-approver',
      `${role} may not decide ${a.kind}${amount === null ? '' : ` of ${yuan(amount)}`} (${a.rule}): ${who} may`,
    );
  }
}

/**
 * R27–R37 approvals: a pending request is decided once, by a role the policy names within its
 * limit, in the request's own branch (the general manager decides for every branch).
 */
export function decideApproval(
  approval: Approval,
  decision: 'approved' | 'rejected',
  by: Staff & { branch: string },
  now: Date,
  note?: string,
): Approval {
  if (approval.status !== 'pending') throw new ApprovalAlreadyDecided(approval);
  if (!mayDecide(approval.kind, by.role, amountOf(approval)))
    throw new NotAnApprover(approval, by.role);
  if (!HQ_ROLES.includes(by.role) && by.branch !== approval.branch)
    throw new NotAnApprover(approval, `${by.role} of ${by.branch}`);
  return Object.assign(approval, {
    status: decision,
    decidedBy: { userId: by.userId, username: by.username, role: by.role },
    decidedAt: now,
    note: note ?? null,
  });
}
