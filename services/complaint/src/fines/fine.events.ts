import { staffAlert, staffRole } from '@freight/contracts';
import type { Outgoing } from '../complaints/complaint.rules';
import type { FineLine } from './fine-line.entity';
import { CURRENCY, yuan, type ReviewFlag } from './fine.rules';

// R21 "published as events": each line's event data, the company-wide notice at a person's
// third complaint of a month, and the review flag of a repeat offender.

export function fineLineData(line: FineLine) {
  return {
    fineId: line.id,
    month: line.month,
    branch: line.branch,
    kind: line.kind,
    person: { username: line.person, role: line.personRole },
    complaintId: line.complaintId,
    count: line.count,
    amount: { amountMinor: line.assessedMinor, currency: CURRENCY },
    explanation: line.explanation,
    companyWideNotice: line.notice,
  };
}

const HQ = ['hq-service', 'general-manager', 'admin'];
const BRANCH_STAFF = staffRole.options.filter((role) => !HQ.includes(role));

/**
 * R21 5.2 "并通报全公司批评": every branch's staff are told (HQ roles, who see every branch, once:
 * on the alert of the person's own branch).
 */
export function companyWideNotice(line: FineLine, branches: string[], now: Date): Outgoing[] {
  return [line.branch, ...branches.filter((b) => b !== line.branch)].map((branch, i) =>
    staffAlert('complaint', {
      alertId: `${line.id}:notice:${branch}`,
      rule: 'R21',
      kind: 'complaint-notice',
      subject: { type: 'complaint', id: line.complaintId, branch },
      roles: i === 0 ? [...BRANCH_STAFF, 'hq-service', 'general-manager'] : BRANCH_STAFF,
      title: `Notice: ${line.person ?? 'a member of staff'} (${line.branch}) — third complaint at fault in ${line.month}`,
      detail: `${line.explanation}. Fine ${yuan(line.assessedMinor)} ${CURRENCY}.`,
      raisedAt: now.toISOString(),
      data: { fineId: line.id, complaintId: line.complaintId },
    }),
  );
}

/** R21: flagged for dismissal review: the event, and the branch manager and GM are told. */
export function reviewFlagged(flag: ReviewFlag, month: string, now: Date): Outgoing[] {
  return [
    {
      type: 'complaint.staff.flagged',
      data: { ...flag, month, flaggedAt: now.toISOString() },
    },
    staffAlert('complaint', {
      alertId: `review:${month}:${flag.username}`,
      rule: 'R21',
      kind: 'dismissal-review',
      subject: { type: 'staff', id: flag.username, branch: flag.branch },
      roles: ['branch-manager', 'general-manager'],
      title: `Dismissal review: ${flag.username} — ${flag.explanation}`.slice(0, 200),
      raisedAt: now.toISOString(),
    }),
  ];
}
