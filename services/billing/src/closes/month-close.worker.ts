import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock, CLOCK, InjectServiceConfig, Transactions } from '@freight/platform';
import type { BillingConfig } from '../config';
import { PrepareConfirmationHandler } from '../receivables/prepare-confirmation.handler';
import { BackgroundJob } from '../shared/background-job';
import { monthOfPeriod } from '../shared/month.rules';
import { isoDate, oneOf } from '../shared/sql';
import { draftStatementsChunk } from '../statements/draft-statements';
import { armCheck } from '../statements/statement.deadlines';
import { completeMonthClose } from './month-close.deadlines';

interface RunningClose {
  branch: string;
  period: Date | string;
  after_customer: string | null;
  statements: number;
}

/**
 * R24: drafts the statements of every running month-end close, MONTH_CLOSE_CHUNK customers per
 * transaction. Each chunk commits its statements and the close's progress together, under the
 * close row's lock (SKIP LOCKED: replicas share closes, never a chunk); a SIGKILL loses at most
 * the chunk in flight, which the next pass drafts again. The last pass prepares the month's
 * receivables confirmations (R25), completes the close's deadline and starts the documents
 * desk's clock for the drafts.
 */
@Injectable()
export class MonthCloseWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: BackgroundJob;

  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: BillingConfig,
    private readonly confirmations: PrepareConfirmationHandler,
  ) {
    this.job = new BackgroundJob('MonthClose', config.BILLING_JOBS_POLL_MS, () => this.pass());
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  wake(): void {
    this.job.wake();
  }

  /** Closes everything running now (demo data; tests that wait for the close). */
  runUntilIdle(): Promise<void> {
    return this.job.runUntilIdle();
  }

  /** One chunk of one running close; false when no close is running. */
  private async pass(): Promise<boolean> {
    const progressed = await this.transactions.run(async (tx) => {
      const close = await oneOf<RunningClose>(
        tx.manager,
        `SELECT branch, period, after_customer, statements FROM month_close WHERE status = 'running'
          ORDER BY period, branch LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!close) return false;
      const now = this.clock.now();
      const period = isoDate(close.period);
      const month = monthOfPeriod(period);
      const { lastCustomer, drafted } = await draftStatementsChunk(tx.manager, {
        branch: close.branch,
        period,
        after: close.after_customer ?? '',
        limit: this.config.MONTH_CLOSE_CHUNK,
        now,
      });
      if (lastCustomer !== null) {
        await tx.manager.query(
          `UPDATE month_close SET after_customer = $3, statements = statements + $4
            WHERE branch = $1 AND period = $2`,
          [close.branch, period, lastCustomer, drafted],
        );
        return true;
      }
      await this.confirmations.prepareForBranch(tx, close.branch, month);
      await tx.manager.query(
        `UPDATE month_close SET status = 'done', finished_at = $3 WHERE branch = $1 AND period = $2`,
        [close.branch, period, now],
      );
      await tx.publish([
        completeMonthClose(close.branch, month),
        ...(close.statements > 0 ? [armCheck(close.branch, month, now)] : []),
      ]);
      return true;
    });
    const pause = this.config.MONTH_CLOSE_CHUNK_PAUSE_MS;
    if (progressed && pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    return progressed;
  }
}
