import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, Transactions, Tx } from '@freight/platform';
import { lastDayOf, monthEnd } from '../shared/month.rules';
import { rowsOf } from '../shared/sql';
import { MonthNotOver } from '../closes/month-close.errors';
import { customerRef } from '../customers/customer-accounts';
import { armSignOff } from './receivables.deadlines';
import { receivablesOf } from './receivables.snapshot';

/**
 * R25: each month the unpaid amounts are confirmed with finance — one record per customer with
 * receivables, prepared at the month-end close (or by hand), as of the month's last day: its
 * open invoices with their age, the credit kept, the ageing. Finance signs it off.
 */
@Injectable()
export class PrepareConfirmationHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  prepare(customerId: string, month: string): Promise<string> {
    if (this.clock.now() < monthEnd(month)) throw new MonthNotOver(month);
    return this.transactions.run((tx) => this.prepareIn(tx, customerId, month));
  }

  /** Every customer of the branch with something open or a credit (the month-end close). */
  async prepareForBranch(tx: Tx, branch: string, month: string): Promise<void> {
    const customers = await rowsOf<{ customer_id: string }>(
      tx.manager,
      `SELECT customer_id FROM invoice
        WHERE branch = $1 AND total_minor - credited_minor - paid_minor > 0
       UNION SELECT customer_id FROM payment WHERE branch = $1 AND unapplied_minor > 0`,
      [branch],
    );
    for (const { customer_id } of customers) await this.prepareIn(tx, customer_id, month);
  }

  private async prepareIn(tx: Tx, customerId: string, month: string): Promise<string> {
    const customer = await customerRef(tx.manager, customerId);
    const id = `RCF-${customer.branch}-${month}-${customerId}`;
    const asOf = lastDayOf(month);
    const snapshot = await receivablesOf(tx.manager, customerId, asOf);
    const now = this.clock.now();
    const inserted = await rowsOf(
      tx.manager,
      `INSERT INTO receivables_confirmation (id, branch, customer_id, customer_name, period,
          as_of, status, snapshot, prepared_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'prepared', $7::jsonb, $8)
       ON CONFLICT (customer_id, period) DO NOTHING RETURNING id`,
      [
        id,
        customer.branch,
        customerId,
        customer.name,
        `${month}-01`,
        asOf,
        JSON.stringify(snapshot),
        now,
      ],
    );
    if (inserted.length > 0) await tx.publish(armSignOff(id, customer.branch, now));
    return id;
  }
}
