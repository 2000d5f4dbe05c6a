import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  Clock,
  CLOCK,
  ConflictProblem,
  NotFoundProblem,
  Transactions,
} from '@freight/platform';
import { isoDate, oneOf } from '../shared/sql';
import { staffOf } from '../shared/staff';
import { signedOff } from './receivables.deadlines';
import type { receivablesOf } from './receivables.snapshot';

type Snapshot = Awaited<ReturnType<typeof receivablesOf>>;

/**
 * R25: finance signs the month's confirmation of a customer's unpaid amounts off; finance's
 * ledger gets it as `billing.payments.confirmed` ("payments-confirmed"). Signed once.
 */
@Injectable()
export class SignOffConfirmationHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  signOff(id: string, note: string | undefined, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const row = await oneOf<{
        branch: string;
        customer_id: string;
        customer_name: string;
        month: string;
        as_of: Date | string;
        status: string;
        snapshot: Snapshot;
      }>(
        tx.manager,
        `SELECT *, to_char(period, 'YYYY-MM') AS month FROM receivables_confirmation
          WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundProblem(`no receivables confirmation ${id}`);
      if (row.status === 'signed-off')
        throw new ConflictProblem('already-signed-off', `${id} was signed off already`);
      const now = this.clock.now();
      await tx.manager.query(
        `UPDATE receivables_confirmation SET status = 'signed-off', signed_off_at = $2,
                signed_off_by = $3::jsonb, note = $4
          WHERE id = $1`,
        [id, now, JSON.stringify(staffOf(actor)), note ?? null],
      );
      const { openInvoices, openTotal, credit, ageing } = row.snapshot;
      await tx.publish([
        {
          type: 'billing.payments.confirmed',
          branch: row.branch,
          data: {
            confirmationId: id,
            customer: { customerId: row.customer_id, name: row.customer_name },
            branch: row.branch,
            period: row.month,
            asOf: isoDate(row.as_of),
            openInvoices,
            openTotal,
            credit,
            ageing,
            confirmedAt: now.toISOString(),
            confirmedBy: staffOf(actor),
            ...(note ? { note } : {}),
          },
        },
        signedOff(id, row.branch),
      ]);
    });
  }
}
