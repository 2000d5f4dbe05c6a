import { Controller, Get, Post } from '@nestjs/common';
import {
  CurrentActor,
  NotFoundProblem,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { listForms } from '../shared/form-list';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { Replacement, replacementView } from './replacement.entity';
import { ReplacementHandlers } from './replacement.handlers';
import { ReturnSlip, returnView } from './return-slip.entity';
import { ReturnHandlers } from './return.handlers';

/** R31 returns and R32 after-sales replacements. */
@Controller()
export class ReturnsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly returns: ReturnHandlers,
    private readonly replacements: ReplacementHandlers,
  ) {}

  @Get('returns')
  list(@ValidQuery(Http.returnsQuery) q: z.output<typeof Http.returnsQuery>) {
    return listForms(this.dataSource.manager, ReturnSlip, q, returnView);
  }

  @Get('returns/:id')
  async one(@ValidParam('id', pathId) id: string) {
    const r = await this.dataSource.manager.findOneBy(ReturnSlip, { id });
    if (!r) throw new NotFoundProblem(`no return ${id}`);
    return returnView(r);
  }

  @Post('returns')
  raise(
    @ValidBody(Http.newReturnBody) body: z.output<typeof Http.newReturnBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.raise(body, staffOf(actor));
  }

  @Step('returns/:id/inspection')
  inspect(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.returnInspectionBody) body: z.output<typeof Http.returnInspectionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.inspect(id, body, staffOf(actor));
  }

  @Step('returns/:id/handling-report')
  report(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.handlingReportBody) body: z.output<typeof Http.handlingReportBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.report(id, body, staffOf(actor));
  }

  @Step('returns/:id/booking')
  bookBack(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.bookingBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.bookBack(id, staffOf(actor));
  }

  @Step('returns/:id/accounting')
  account(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.returnAccountingBody) body: z.output<typeof Http.returnAccountingBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.account(id, body, staffOf(actor));
  }

  @Get('replacements')
  replacementList(@ValidQuery(Http.replacementsQuery) q: z.output<typeof Http.replacementsQuery>) {
    return listForms(this.dataSource.manager, Replacement, q, replacementView);
  }

  @Get('replacements/:id')
  async replacement(@ValidParam('id', pathId) id: string) {
    const r = await this.dataSource.manager.findOneBy(Replacement, { id });
    if (!r) throw new NotFoundProblem(`no replacement ${id}`);
    return replacementView(r);
  }

  @Post('replacements')
  requestReplacement(
    @ValidBody(Http.newReplacementBody) body: z.output<typeof Http.newReplacementBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.replacements.request(body, staffOf(actor));
  }

  @Step('replacements/:id/old-part')
  oldPart(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.oldPartBody) body: z.output<typeof Http.oldPartBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.replacements.oldPartReturned(id, body, staffOf(actor));
  }

  @Step('replacements/:id/issue')
  ship(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.replacementIssueBody) body: z.output<typeof Http.replacementIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.replacements.ship(id, body.gatePassId, staffOf(actor));
  }
}
