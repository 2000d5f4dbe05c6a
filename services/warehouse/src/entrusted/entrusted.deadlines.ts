import { armDeadline, cancelDeadline, Due, ladder } from '../shared/month-deadline';
import { armMonthDeadline } from '../shared/month-deadline';
import { yearEndAfter } from '../shared/warehouse-time';
import type { EntrustedRequisition } from './entrusted-requisition.entity';

// R34: entrusted material is back within the month (the workshop director at its end), at most
// two (the general manager a month later), and all of it by year end — else the processor
// confirms in writing (the general manager on 1 January).

export const monthDeadlineId = (id: string) => `entrusted-requisition:${id}:month`;
export const yearEndDeadlineId = (id: string) => `entrusted-requisition:${id}:year-end`;
export const MONTH_LEVELS = { month: 1, twoMonths: 2 } as const;

const subject = (r: EntrustedRequisition) => ({
  type: 'entrusted-requisition',
  id: r.id,
  branch: r.branch,
});

export function armEntrusted(r: EntrustedRequisition, issuedAt: Date) {
  return [
    armMonthDeadline({
      deadlineId: monthDeadlineId(r.id),
      rule: 'R34',
      subject: subject(r),
      startsAt: issuedAt,
      steps: [
        ['workshop-director', 'PT0S'],
        ['general-manager', 'P1M'],
      ],
      payload: { processor: r.processor },
    }),
    armDeadline({
      deadlineId: yearEndDeadlineId(r.id),
      rule: 'R34',
      subject: subject(r),
      due: Due.at(yearEndAfter(issuedAt)),
      ladder: ladder(['general-manager', 'PT0S']),
      payload: { processor: r.processor },
    }),
  ];
}

export const allReturned = (r: EntrustedRequisition) => [
  cancelDeadline(monthDeadlineId(r.id), subject(r)),
  cancelDeadline(yearEndDeadlineId(r.id), subject(r)),
];

export const confirmedInWriting = (r: EntrustedRequisition) =>
  cancelDeadline(yearEndDeadlineId(r.id), subject(r));
