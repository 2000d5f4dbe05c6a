import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, InjectServiceConfig, Transactions } from '@freight/platform';
import type { BillingConfig } from '../config';
import { StatementMailWorker } from '../mail/statement-mail.worker';
import { armCustomerAnswer, stepDone } from './statement.deadlines';
import { linkOf, newStatementToken } from './statement-link';
import { maySend, recipientOf } from './statement.rules';
import { lockStatement } from './statement.store';

const DAY_MS = 24 * 3_600_000;

/**
 * R24: the checked statement goes to the customer — PDF and XLSX by e-mail with a tokenised
 * link to confirm or dispute. The mail is queued in this transaction and sent by a retried
 * background job afterwards (architecture.md: never inside the business transaction). Sending
 * again (a lost mail, another address) issues a new link; the old one stops working.
 */
@Injectable()
export class SendStatementHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: BillingConfig,
    private readonly mail: StatementMailWorker,
  ) {}

  async send(statementId: string, email: string | undefined): Promise<void> {
    await this.transactions.run(async (tx) => {
      const statement = await lockStatement(tx.manager, statementId);
      maySend(statement);
      const to = recipientOf(email, statement.email, statement.customerId);
      const now = this.clock.now();
      const { token, hash } = newStatementToken();
      await tx.manager.query(
        `UPDATE statement SET status = 'sent', escalation = NULL, sent_at = COALESCE(sent_at, $2), email = $3,
                token_hash = $4, link_expires_at = $5
          WHERE id = $1`,
        [
          statementId,
          now,
          to,
          hash,
          new Date(now.getTime() + this.config.STATEMENT_LINK_DAYS * DAY_MS),
        ],
      );
      await tx.manager.query(
        `UPDATE mail_job SET status = 'failed', link = NULL, last_error = 'superseded by a new link'
          WHERE statement_id = $1 AND status = 'queued'`,
        [statementId],
      );
      await tx.manager.query(
        `INSERT INTO mail_job (statement_id, to_address, link, status) VALUES ($1, $2, $3, 'queued')`,
        [statementId, to, linkOf(this.config.STATEMENT_LINK_BASE, token)],
      );
      if (statement.status === 'checked')
        await tx.publish([stepDone(statement, 'send'), armCustomerAnswer(statement, now)]);
    });
    this.mail.wake();
  }
}
