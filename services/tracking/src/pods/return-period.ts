import type { Tx } from '@freight/platform';
import { armMonthlyReturn, monthlyReturnDone } from './pod.deadlines';
import { monthEnd, returnDone } from './pod.rules';
import { PodReturnPeriod } from './pod.entity';

/** R14 + R39: the month's first POD at a branch opens its return period and arms its deadline. */
export async function openReturnPeriod(tx: Tx, branch: string, month: string): Promise<void> {
  const rows: unknown[] = await tx.manager.query(
    `INSERT INTO pod_return_period (branch, month, due_at, state) VALUES ($1, $2, $3, 'open')
     ON CONFLICT DO NOTHING RETURNING month`,
    [branch, month, monthEnd(month)],
  );
  if (rows.length > 0) await tx.publish(armMonthlyReturn(branch, month));
}

/** Closes the period (and its deadline) once every POD of the month is sorted and sent or kept. */
export async function closeReturnPeriodIfDone(tx: Tx, branch: string, month: string, now: Date) {
  const period = await tx.manager.findOne(PodReturnPeriod, {
    where: { branch, month },
    lock: { mode: 'pessimistic_write' },
  });
  // no period: nothing came back that month, so nothing is owed
  if (!period || period.state === 'done') return true;
  const [{ unsorted, waiting }] = await tx.manager.query(
    `SELECT (SELECT count(*) FROM pod WHERE branch = $1 AND return_month = $2 AND batch_id IS NULL)::int AS unsorted,
            (SELECT count(*) FROM pod_return_batch WHERE branch = $1 AND month = $2 AND state = 'prepared')::int AS waiting`,
    [branch, month],
  );
  if (!returnDone(unsorted, waiting)) return false;
  await tx.manager.update(PodReturnPeriod, { branch, month }, { state: 'done', doneAt: now });
  await tx.publish(monthlyReturnDone(branch, month));
  return true;
}
