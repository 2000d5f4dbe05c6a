import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { PrepareConfirmationHandler } from './prepare-confirmation.handler';
import { RecordPaymentHandler } from './record-payment.handler';
import { ReceivablesQueries } from './receivables.queries';
import { SignOffConfirmationHandler } from './sign-off-confirmation.handler';

type Out<K extends keyof typeof BillingHttp> = z.output<(typeof BillingHttp)[K] & z.ZodType>;

/** R25 for finance and the desks: payments, accounts, ageing, monthly confirmations. */
@Controller()
export class ReceivablesHttpController {
  constructor(
    private readonly queries: ReceivablesQueries,
    private readonly payments: RecordPaymentHandler,
    private readonly prepare: PrepareConfirmationHandler,
    private readonly signOffs: SignOffConfirmationHandler,
  ) {}

  @Post('customers/:customerId/payments')
  async pay(
    @ValidParam('customerId', pathId) customerId: string,
    @ValidBody(BillingHttp.paymentBody) body: Out<'paymentBody'>,
    @CurrentActor() actor: Actor,
  ) {
    return this.queries.payment(await this.payments.record(customerId, body, actor));
  }

  @Get('customers/:customerId/account')
  account(@ValidParam('customerId', pathId) customerId: string) {
    return this.queries.account(customerId);
  }

  @Get('payments')
  paymentList(@ValidQuery(BillingHttp.paymentsQuery) query: Out<'paymentsQuery'>) {
    return this.queries.payments(query);
  }

  @Get('payments/:paymentId')
  payment(@ValidParam('paymentId', pathId) paymentId: string) {
    return this.queries.payment(paymentId);
  }

  @Post('payments/:paymentId/allocations')
  @HttpCode(200)
  async allocate(
    @ValidParam('paymentId', pathId) paymentId: string,
    @ValidBody(BillingHttp.allocationBody) body: Out<'allocationBody'>,
    @CurrentActor() _actor: Actor,
  ) {
    await this.payments.allocate(paymentId, body);
    return this.queries.payment(paymentId);
  }

  @Get('receivables/ageing')
  ageing(@ValidQuery(BillingHttp.ageingQuery) query: Out<'ageingQuery'>) {
    return this.queries.ageing(query);
  }

  @Post('customers/:customerId/receivables-confirmations')
  async prepareOne(
    @ValidParam('customerId', pathId) customerId: string,
    @ValidBody(BillingHttp.receivablesConfirmationBody) body: Out<'receivablesConfirmationBody'>,
    @CurrentActor() _actor: Actor,
  ) {
    return this.queries.confirmation(await this.prepare.prepare(customerId, body.month));
  }

  @Get('receivables-confirmations')
  confirmations(
    @ValidQuery(BillingHttp.receivablesConfirmationsQuery)
    query: Out<'receivablesConfirmationsQuery'>,
  ) {
    return this.queries.confirmations(query);
  }

  @Get('receivables-confirmations/:id')
  confirmation(@ValidParam('id', pathId) id: string) {
    return this.queries.confirmation(id);
  }

  @Post('receivables-confirmations/:id/sign-off')
  @HttpCode(200)
  async signOff(
    @ValidParam('id', pathId) id: string,
    @ValidBody(BillingHttp.signOffBody) body: Out<'signOffBody'>,
    @CurrentActor() actor: Actor,
  ) {
    await this.signOffs.signOff(id, body.note, actor);
    return this.queries.confirmation(id);
  }
}
