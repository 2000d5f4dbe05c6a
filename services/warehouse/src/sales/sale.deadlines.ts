import { armMonthDeadline, cancelDeadline } from '../shared/month-deadline';
import type { Sale } from './sale.entity';

// R33: shipped goods are settled within the month, at most two (decision 0031): the salesperson
// at the month's end (R38 4.5: 10), the branch manager a day later, the general manager a month
// after the due (R38 4.5: past two months, salary held).
// R29 + R38 4.2: the buyer-signed issue list is back at the warehouse within the month, or the
// outbound formalities are incomplete (5 for the salesperson).

const subject = (sale: Sale) => ({ type: 'sale', id: sale.id, branch: sale.branch });

export const settlementDeadlineId = (saleId: string) => `sale:${saleId}:settlement`;
export const issueListDeadlineId = (saleId: string) => `sale:${saleId}:signed-issue-list`;

/** The levels that assess: level → what it costs the salesperson. */
export const SETTLEMENT_LEVELS = { late: 1, pastTwoMonths: 3 } as const;
export const ISSUE_LIST_LEVELS = { incomplete: 1 } as const;

export function armSaleDeadlines(sale: Sale, issuedAt: Date) {
  return [
    armMonthDeadline({
      deadlineId: settlementDeadlineId(sale.id),
      rule: 'R33',
      subject: subject(sale),
      startsAt: issuedAt,
      steps: [
        ['sales', 'PT0S'],
        ['branch-manager', 'P1D'],
        ['general-manager', 'P1M'],
      ],
      payload: { salesperson: sale.createdBy.username, totalMinor: Number(sale.totalMinor) },
    }),
    armMonthDeadline({
      deadlineId: issueListDeadlineId(sale.id),
      rule: 'R29',
      subject: subject(sale),
      startsAt: issuedAt,
      steps: [
        ['sales', 'PT0S'],
        ['branch-manager', 'P1D'],
      ],
      payload: { issueList: sale.issueList.no },
    }),
  ];
}

export const settled = (sale: Sale) => cancelDeadline(settlementDeadlineId(sale.id), subject(sale));
export const issueListBack = (sale: Sale) =>
  cancelDeadline(issueListDeadlineId(sale.id), subject(sale));
