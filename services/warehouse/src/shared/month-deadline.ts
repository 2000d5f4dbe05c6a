import { armDeadline, Calendars, cancelDeadline, Due, ladder } from '@freight/contracts';
import { WAREHOUSE_ZONE } from './warehouse-time';

type Role = Parameters<typeof ladder>[0][0];

/**
 * "Within the month, at most two" (R31–R34, decision 0031): due at the end of the calendar
 * month the work started in (Shanghai), with a ladder whose levels may run a month past it
 * (`P1M`). Armed through the outbox in the transaction that starts the clock.
 */
export function armMonthDeadline(d: {
  deadlineId: string;
  rule: string;
  subject: { type: string; id: string; branch: string };
  startsAt: Date;
  steps: [Role, string][];
  payload?: Record<string, unknown>;
}) {
  return armDeadline({
    deadlineId: d.deadlineId,
    rule: d.rule,
    subject: d.subject,
    due: Due.endOfMonth(d.startsAt, Calendars.wallClock(WAREHOUSE_ZONE)),
    ladder: ladder(...d.steps),
    payload: d.payload ?? {},
  });
}

export { armDeadline, cancelDeadline, Calendars, Due, ladder };
