import { Calendars, cancelDeadline, Due, Ladders } from '@freight/contracts';
import { armDeadline } from '../shared/month-deadline';
import { WAREHOUSE_ZONE } from '../shared/warehouse-time';

// R36: material in workshop custody is virtually returned at month end (假退料) — the workshop
// director at the month's end, the branch manager a day later, the general manager after three.

const subject = (branch: string, workshop: string, month: string) => ({
  type: 'workshop-custody',
  id: `${workshop}:${month}`,
  branch,
});
const deadlineId = (branch: string, workshop: string, month: string) =>
  `workshop-custody:${branch}:${workshop}:${month}`;

export function armVirtualReturn(branch: string, workshop: string, month: string, startsAt: Date) {
  return armDeadline({
    deadlineId: deadlineId(branch, workshop, month),
    rule: 'R36',
    subject: subject(branch, workshop, month),
    due: Due.endOfMonth(startsAt, Calendars.wallClock(WAREHOUSE_ZONE)),
    ladder: Ladders.toGeneralManager('workshop-director'),
    payload: { workshop, month },
  });
}

export const virtualReturnBooked = (branch: string, workshop: string, month: string) =>
  cancelDeadline(deadlineId(branch, workshop, month), subject(branch, workshop, month));
