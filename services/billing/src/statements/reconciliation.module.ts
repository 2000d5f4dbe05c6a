import { Module } from '@nestjs/common';
import { MonthClosesHttpController } from '../closes/month-closes.http.controller';
import { MonthCloseWorker } from '../closes/month-close.worker';
import { StartMonthCloseHandler } from '../closes/start-month-close.handler';
import { BillingEscalationsEventsController } from '../escalations/billing-escalations.events.controller';
import { InvoiceQueries } from '../invoices/invoice.queries';
import { InvoicesHttpController } from '../invoices/invoices.http.controller';
import { IssueCreditNoteHandler } from '../invoices/issue-credit-note.handler';
import { RejectDisputeHandler } from '../invoices/reject-dispute.handler';
import { StatementMailWorker } from '../mail/statement-mail.worker';
import { ReceivablesModule } from '../receivables/receivables.module';
import { AnswerStatementHandler } from './answer-statement.handler';
import { CheckStatementHandler } from './check-statement.handler';
import { PublicStatementsHttpController } from './public-statements.http.controller';
import { SendStatementHandler } from './send-statement.handler';
import { StatementQueries } from './statement.queries';
import { StatementsHttpController } from './statements.http.controller';

/**
 * R24: the month-end close, statements through the documents desk to the customer and back,
 * the invoice the moment the customer confirms, credit notes — and the escalations of all of it.
 */
@Module({
  imports: [ReceivablesModule],
  controllers: [
    StatementsHttpController,
    PublicStatementsHttpController,
    MonthClosesHttpController,
    InvoicesHttpController,
  ],
  providers: [
    MonthCloseWorker,
    StartMonthCloseHandler,
    StatementQueries,
    CheckStatementHandler,
    SendStatementHandler,
    AnswerStatementHandler,
    StatementMailWorker,
    InvoiceQueries,
    IssueCreditNoteHandler,
    RejectDisputeHandler,
    BillingEscalationsEventsController,
  ],
  exports: [
    MonthCloseWorker,
    StartMonthCloseHandler,
    StatementQueries,
    CheckStatementHandler,
    SendStatementHandler,
    AnswerStatementHandler,
    IssueCreditNoteHandler,
  ],
})
export class ReconciliationModule {}
