import { Calendars, cancelDeadline, Due, ladder, armDeadline } from '../shared/month-deadline';
import { endOfMonth, monthOfDate, WAREHOUSE_ZONE } from '../shared/warehouse-time';
import type { Replacement } from './replacement.entity';
import type { ReturnSlip } from './return-slip.entity';

// R31: returned goods are booked in the month they came back — the salesperson at the month's
// end, then the branch manager, then the general manager.
// R32 + R38 4.4: an old part not back within the month costs the after-sales person 10; still
// not back a month later, the product's value.

export const bookingDeadlineId = (id: string) => `return-slip:${id}:booking`;
export const oldPartDeadlineId = (id: string) => `replacement:${id}:old-part`;
export const OLD_PART_LEVELS = { late: 1, notRecovered: 3 } as const;

const returnSubject = (r: ReturnSlip) => ({ type: 'return-slip', id: r.id, branch: r.branch });
const replacementSubject = (r: Replacement) => ({
  type: 'replacement',
  id: r.id,
  branch: r.branch,
});

export function armBooking(r: ReturnSlip) {
  return armDeadline({
    deadlineId: bookingDeadlineId(r.id),
    rule: 'R31',
    subject: returnSubject(r),
    due: Due.at(endOfMonth(monthOfDate(r.returnedOn))),
    ladder: ladder(['sales', 'PT0S'], ['branch-manager', 'P1D'], ['general-manager', 'P3D']),
    payload: { returnedOn: r.returnedOn },
  });
}

export const booked = (r: ReturnSlip) => cancelDeadline(bookingDeadlineId(r.id), returnSubject(r));

export function armOldPart(r: Replacement, shippedAt: Date) {
  return armDeadline({
    deadlineId: oldPartDeadlineId(r.id),
    rule: 'R32',
    subject: replacementSubject(r),
    due: Due.endOfMonth(shippedAt, Calendars.wallClock(WAREHOUSE_ZONE)),
    ladder: ladder(['sales', 'PT0S'], ['branch-manager', 'P1D'], ['general-manager', 'P1M']),
    payload: { itemCode: r.itemCode, itemValueMinor: Number(r.itemValueMinor) },
  });
}

export const oldPartBack = (r: Replacement) =>
  cancelDeadline(oldPartDeadlineId(r.id), replacementSubject(r));
