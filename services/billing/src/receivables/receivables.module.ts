import { Module } from '@nestjs/common';
import { PrepareConfirmationHandler } from './prepare-confirmation.handler';
import { ReceivablesHttpController } from './receivables.http.controller';
import { ReceivablesQueries } from './receivables.queries';
import { RecordPaymentHandler } from './record-payment.handler';
import { SignOffConfirmationHandler } from './sign-off-confirmation.handler';

/** R25: payments and their allocation, accounts and ageing, the monthly confirmation. */
@Module({
  controllers: [ReceivablesHttpController],
  providers: [
    RecordPaymentHandler,
    PrepareConfirmationHandler,
    SignOffConfirmationHandler,
    ReceivablesQueries,
  ],
  exports: [PrepareConfirmationHandler, RecordPaymentHandler, SignOffConfirmationHandler],
})
export class ReceivablesModule {}
