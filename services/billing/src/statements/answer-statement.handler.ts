import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, NotFoundProblem, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { issueInvoice } from '../invoices/issue-invoice';
import { oneOf, rowsOf } from '../shared/sql';
import { LinkExpired } from './statement.errors';
import { stepDone } from './statement.deadlines';
import { hashOfToken } from './statement-link';
import { checkDisputedLines, mayAnswer } from './statement.rules';
import { lockStatement } from './statement.store';

/** Who answers: the customer through the link, or the agent who took the answer by phone. */
export type Answerer = 'customer' | { username: string };

const nameOf = (by: Answerer) => (by === 'customer' ? 'customer' : by.username);

/**
 * R24, the customer's answer to a sent statement: disputed lines (with the reason), then the
 * confirmation — which issues the invoice at once, disputed lines included: they are corrected
 * afterwards by credit notes against the invoice line, never by editing it.
 */
@Injectable()
export class AnswerStatementHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The statement a link's token opens (404 unknown, 410 expired). */
  async byToken(token: string, db: Pick<EntityManager, 'query'>): Promise<string> {
    const row = await oneOf<{ id: string; link_expires_at: Date }>(
      db,
      'SELECT id, link_expires_at FROM statement WHERE token_hash = $1',
      [hashOfToken(token)],
    );
    if (!row) throw new NotFoundProblem('no statement behind this link');
    if (new Date(row.link_expires_at) <= this.clock.now()) throw new LinkExpired();
    return row.id;
  }

  dispute(
    statementId: string,
    lines: readonly { lineNo: number; reason: string }[],
    by: Answerer,
  ): Promise<void> {
    return this.transactions.run(async (tx) => {
      const statement = await lockStatement(tx.manager, statementId);
      mayAnswer(statement);
      const existing = await rowsOf<{ line_no: number }>(
        tx.manager,
        'SELECT line_no FROM statement_line WHERE statement_id = $1',
        [statementId],
      );
      checkDisputedLines(
        lines.map((l) => l.lineNo),
        new Set(existing.map((l) => l.line_no)),
      );
      await tx.manager.query(
        `UPDATE statement_line l SET dispute_reason = d.reason, dispute_raised_at = $2,
                dispute_raised_by = $3, dispute_outcome = 'open'
           FROM jsonb_to_recordset($4::jsonb) AS d("lineNo" int, reason text)
          WHERE l.statement_id = $1 AND l.line_no = d."lineNo"`,
        [statementId, this.clock.now(), nameOf(by), JSON.stringify(lines)],
      );
    });
  }

  confirm(statementId: string, by: Answerer, note?: string): Promise<string> {
    return this.transactions.run(async (tx) => {
      const statement = await lockStatement(tx.manager, statementId);
      mayAnswer(statement);
      const now = this.clock.now();
      const invoiceNo = await issueInvoice(tx, { ...statement, month: statement.period }, now);
      await tx.manager.query(
        `UPDATE statement SET status = 'invoiced', escalation = NULL, invoice_no = $2, answered_at = $3,
                answered_by = $4, answer_note = $5
          WHERE id = $1`,
        [statementId, invoiceNo, now, nameOf(by), note ?? null],
      );
      await tx.publish(stepDone(statement, 'answer'));
      return invoiceNo;
    });
  }
}
