import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { monthEnd, periodDate } from '../shared/month.rules';
import { MonthNotOver } from './month-close.errors';
import { MonthCloseWorker } from './month-close.worker';

/**
 * R24: a branch's month-end close begins — when the scheduler's month-end deadline lapses, or
 * when a branch manager starts it by hand (a close the scheduler could not trigger). It only
 * marks the month `running`, in the caller's transaction; the close worker drafts the statements
 * in chunks afterwards, and resumes after a restart where it stopped.
 */
@Injectable()
export class StartMonthCloseHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly worker: MonthCloseWorker,
  ) {}

  /** `byDeadline`: the scheduler said the month is over (its calendar, not this clock, decides). */
  async start(
    branch: string,
    month: string,
    { manager, byDeadline = false }: { manager?: EntityManager; byDeadline?: boolean } = {},
  ): Promise<void> {
    const now = this.clock.now();
    if (!byDeadline && now < monthEnd(month)) throw new MonthNotOver(month);
    await this.transactions.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO month_close (branch, period, status, started_at) VALUES ($1, $2, 'running', $3)
         ON CONFLICT (branch, period) DO UPDATE SET status = 'running', started_at = EXCLUDED.started_at
         WHERE month_close.status = 'scheduled'`,
        [branch, periodDate(month), now],
      );
    }, manager);
    // the worker looks again at its next poll anyway; a commit still pending is found then
    this.worker.wake();
  }
}
