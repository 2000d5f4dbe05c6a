import { armDeadline, Calendars, cancelDeadline, Due, ladder } from '@freight/contracts';
import { monthStart, ZONE } from '../shared/month.rules';

// R24: a branch's month closes at the end of the calendar month (China time). The scheduler's
// first level starts the close (billing drafts a statement per monthly-terms customer); the
// branch manager hears of it a day later if the close has still not finished (the service was
// down, or the close failed): the deadline is completed only when the last statement is drafted.

export const monthCloseSubject = (branch: string, month: string) => ({
  type: 'month-close',
  id: `${branch}:${month}`,
  branch,
});

const deadlineId = (branch: string, month: string) => `month-close:${branch}:${month}`;

export const armMonthClose = (branch: string, month: string) =>
  armDeadline({
    deadlineId: deadlineId(branch, month),
    rule: 'R24',
    subject: monthCloseSubject(branch, month),
    due: Due.endOfMonth(monthStart(month), Calendars.wallClock(ZONE)),
    ladder: ladder(['documents-clerk', 'PT0S'], ['branch-manager', 'P1D']),
    payload: { branch, month },
  });

export const completeMonthClose = (branch: string, month: string) =>
  cancelDeadline(deadlineId(branch, month), monthCloseSubject(branch, month));
