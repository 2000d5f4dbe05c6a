import type { KnownOutgoingEvent } from '@freight/messaging';
import type { EntityManager } from 'typeorm';
import { nextMonth, periodDate } from '../shared/month.rules';
import { oneOf, rowsOf } from '../shared/sql';
import { armMonthClose } from './month-close.deadlines';

/**
 * The statement month a monthly-terms charge is billed on (R24, decision 0071): its service
 * month while that month's close has not started; otherwise the first later month still open
 * (a late charge, or a line the documents desk excluded, goes on the next statement — never
 * lost, never billed twice). The first charge of a branch's month arms its close deadline.
 *
 * The month's row is read FOR SHARE: a close that starts waits for charges being recorded, and
 * a charge recorded after the start sees `running` and moves on.
 */
export async function billingPeriodFor(
  manager: EntityManager,
  branch: string,
  month: string,
  events: KnownOutgoingEvent[],
): Promise<string> {
  for (let candidate = month; ; candidate = nextMonth(candidate)) {
    const inserted = await rowsOf(
      manager,
      `INSERT INTO month_close (branch, period, status) VALUES ($1, $2, 'scheduled')
       ON CONFLICT DO NOTHING RETURNING branch`,
      [branch, periodDate(candidate)],
    );
    if (inserted.length > 0) events.push(armMonthClose(branch, candidate));
    const row = await oneOf<{ status: string }>(
      manager,
      'SELECT status FROM month_close WHERE branch = $1 AND period = $2 FOR SHARE',
      [branch, periodDate(candidate)],
    );
    if (row?.status === 'scheduled') return candidate;
  }
}
