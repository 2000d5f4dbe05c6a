import { Inject, Injectable } from '@nestjs/common';
import { Actor, Clock, CLOCK, Transactions } from '@freight/platform';
import { oneOf } from '../shared/sql';
import { disputesSettled } from './invoice.deadlines';
import { mayRejectDispute } from './invoice.rules';
import { lockInvoice, openDisputes } from './invoice.store';

/**
 * R24: a dispute settled without a credit: the charge stands (the POD proves it). Recorded on
 * the line with the reason given to the customer; the invoice is untouched.
 */
@Injectable()
export class RejectDisputeHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  reject(invoiceNo: string, lineNo: number, note: string, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const invoice = await lockInvoice(tx.manager, invoiceNo);
      const line = await oneOf<{ dispute_outcome: string | null }>(
        tx.manager,
        'SELECT dispute_outcome FROM statement_line WHERE statement_id = $1 AND line_no = $2',
        [invoice.statementId, lineNo],
      );
      mayRejectDispute(line?.dispute_outcome ?? null, lineNo);
      await tx.manager.query(
        `UPDATE statement_line SET dispute_outcome = 'rejected', dispute_note = $3
          WHERE statement_id = $1 AND line_no = $2`,
        [
          invoice.statementId,
          lineNo,
          `${note} (${actor.username}, ${this.clock.now().toISOString()})`,
        ],
      );
      if ((await openDisputes(tx.manager, invoice.statementId)) === 0)
        await tx.publish(disputesSettled(invoice));
    });
  }
}
