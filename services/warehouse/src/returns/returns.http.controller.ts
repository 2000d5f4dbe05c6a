import { Controller, Post } from '@nestjs/common';
import { CurrentActor, pathId, ValidBody, ValidParam, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { Replacement, replacementView } from './replacement.entity';
import { ReplacementHandlers } from './replacement.handlers';
import { ReturnSlip, returnView } from './return-slip.entity';
import { ReturnHandlers } from './return.handlers';

/** R31 returns. */
@Controller('returns')
export class ReturnsHttpController extends FormReads(
  ReturnSlip,
  returnView,
  Http.returnsQuery,
  'return',
) {
  constructor(private readonly returns: ReturnHandlers) {
    super();
  }

  @Post()
  raise(
    @ValidBody(Http.newReturnBody) body: z.output<typeof Http.newReturnBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.raise(body, staffOf(actor));
  }

  @Step(':id/inspection')
  inspect(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.returnInspectionBody) body: z.output<typeof Http.returnInspectionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.inspect(id, body, staffOf(actor));
  }

  @Step(':id/handling-report')
  report(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.handlingReportBody) body: z.output<typeof Http.handlingReportBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.report(id, body, staffOf(actor));
  }

  @Step(':id/booking')
  bookBack(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.bookingBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.bookBack(id, staffOf(actor));
  }

  @Step(':id/accounting')
  account(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.returnAccountingBody) body: z.output<typeof Http.returnAccountingBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.account(id, body, staffOf(actor));
  }
}

/** R32 after-sales replacements. */
@Controller('replacements')
export class ReplacementsHttpController extends FormReads(
  Replacement,
  replacementView,
  Http.replacementsQuery,
  'replacement',
) {
  constructor(private readonly replacements: ReplacementHandlers) {
    super();
  }

  @Post()
  request(
    @ValidBody(Http.newReplacementBody) body: z.output<typeof Http.newReplacementBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.replacements.request(body, staffOf(actor));
  }

  @Step(':id/old-part')
  oldPart(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.oldPartBody) body: z.output<typeof Http.oldPartBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.replacements.oldPartReturned(id, body, staffOf(actor));
  }

  @Step(':id/issue')
  ship(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.replacementIssueBody) body: z.output<typeof Http.replacementIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.replacements.ship(id, body.gatePassId, staffOf(actor));
  }
}
