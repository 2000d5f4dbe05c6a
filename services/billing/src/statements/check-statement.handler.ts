import { Inject, Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import { Actor, Clock, CLOCK, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { billingPeriodFor } from '../closes/billing-periods';
import { nextMonth } from '../shared/month.rules';
import { oneOf, rowsOf } from '../shared/sql';
import { staffOf } from '../shared/staff';
import { armSend, checkDone } from './statement.deadlines';
import { checkMarks, completeCheck, LineToCheck, mayCheck } from './statement.rules';
import { lockStatement } from './statement.store';

type Marks = z.output<typeof BillingHttp.checkMarksBody>['marks'];

/**
 * R24, the documents desk: each line of a draft is checked against its POD and marked matched,
 * or excluded (not billed this month: it goes on the next statement). Completing the check
 * freezes the statement: its matched lines are numbered and from then on change only through
 * the customer's dispute and a credit note.
 */
@Injectable()
export class CheckStatementHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  mark(statementId: string, marks: Marks, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const statement = await lockStatement(tx.manager, statementId);
      mayCheck(statement);
      const lines = await rowsOf<{
        id: string;
        waybill_no: string;
        pod_required: boolean;
        pod_received_at: Date | null;
      }>(
        tx.manager,
        `SELECT c.id, c.waybill_no, sh.pod_required, sh.pod_received_at
           FROM charge_line c JOIN shipment sh USING (waybill_no)
          WHERE c.id = ANY($1::uuid[]) AND c.customer_id = $2 AND c.billing_period = $3
            AND c.statement_id IS NULL`,
        [marks.map((m) => m.lineId), statement.customerId, statement.periodDate],
      );
      checkMarks(
        new Map<string, LineToCheck>(
          lines.map((l) => [
            l.id,
            {
              lineId: l.id,
              waybillNo: l.waybill_no,
              podRequired: l.pod_required,
              podReceivedAt: l.pod_received_at,
            },
          ]),
        ),
        marks,
      );
      await tx.manager.query(
        `UPDATE charge_line c SET check_mark = m.mark, check_note = m.note,
                checked_by = $2::jsonb, checked_at = $3
           FROM jsonb_to_recordset($1::jsonb) AS m("lineId" uuid, mark text, note text)
          WHERE c.id = m."lineId"`,
        [JSON.stringify(marks), JSON.stringify(staffOf(actor)), this.clock.now()],
      );
    });
  }

  complete(statementId: string, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const statement = await lockStatement(tx.manager, statementId);
      mayCheck(statement);
      const now = this.clock.now();
      const lines = await rowsOf<{ id: string; check_mark: string | null }>(
        tx.manager,
        `SELECT id, check_mark FROM charge_line
          WHERE customer_id = $1 AND billing_period = $2 AND statement_id IS NULL FOR UPDATE`,
        [statement.customerId, statement.periodDate],
      );
      completeCheck(lines.map((l) => l.check_mark));
      const events: KnownOutgoingEvent[] = [];
      const excluded = lines.filter((l) => l.check_mark === 'excluded').map((l) => l.id);
      if (excluded.length > 0) {
        const later = await billingPeriodFor(
          tx.manager,
          statement.branch,
          nextMonth(statement.period),
          events,
        );
        await tx.manager.query(
          `UPDATE charge_line SET billing_period = $2, check_mark = NULL, checked_by = NULL,
                  checked_at = NULL,
                  check_note = 'excluded from ' || $3 || COALESCE(': ' || check_note, '')
            WHERE id = ANY($1::uuid[])`,
          [excluded, `${later}-01`, statement.period],
        );
      }
      const [totals] = await rowsOf<{ lines: number; net: string; tax: string }>(
        tx.manager,
        `WITH frozen AS (
           INSERT INTO statement_line (statement_id, line_no, charge_line_id, waybill_no,
               service_date, code, description, amount_minor, tax_rate, tax_minor)
           SELECT $1, row_number() OVER (ORDER BY service_date, waybill_no, seq), id, waybill_no,
                  service_date, code, description, amount_minor, tax_rate, tax_minor
             FROM charge_line
            WHERE customer_id = $2 AND billing_period = $3 AND statement_id IS NULL
              AND check_mark = 'matched'
           RETURNING charge_line_id, amount_minor, tax_minor)
         , marked AS (UPDATE charge_line SET statement_id = $1
                       WHERE id IN (SELECT charge_line_id FROM frozen))
         SELECT count(*)::int AS lines, COALESCE(sum(amount_minor), 0) AS net,
                COALESCE(sum(tax_minor), 0) AS tax FROM frozen`,
        [statement.id, statement.customerId, statement.periodDate],
      );
      await tx.manager.query(
        `UPDATE statement SET status = 'checked', escalation = NULL, checked_at = $2, checked_by = $3::jsonb,
                line_count = $4, net_minor = $5, tax_minor = $6
          WHERE id = $1`,
        [statement.id, now, JSON.stringify(staffOf(actor)), totals.lines, totals.net, totals.tax],
      );
      if (totals.lines > 0) events.push(armSend(statement, now));
      if (await lastDraftChecked(tx.manager, statement.branch, statement.periodDate))
        events.push(checkDone(statement.branch, statement.period));
      await tx.publish(events);
    });
  }
}

/** The documents desk's clock for a branch's month stops with its last draft (decision 0077). */
async function lastDraftChecked(manager: EntityManager, branch: string, period: string) {
  const left = await oneOf<{ n: number }>(
    manager,
    `SELECT count(*)::int AS n FROM statement WHERE branch = $1 AND period = $2 AND status = 'draft'`,
    [branch, period],
  );
  return left?.n === 0;
}
