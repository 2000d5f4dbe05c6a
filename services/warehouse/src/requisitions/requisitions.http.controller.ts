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
import { CustodyQueries } from './custody.queries';
import { Requisition, requisitionView } from './requisition.entity';
import { RequisitionHandlers } from './requisition.handlers';
import { VirtualReturnHandler } from './virtual-return.handler';

/** R36 requisitions and workshop custody, R37 material leaving the company. */
@Controller()
export class RequisitionsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: RequisitionHandlers,
    private readonly virtualReturn: VirtualReturnHandler,
    private readonly custody: CustodyQueries,
  ) {}

  @Get('requisitions')
  list(@ValidQuery(Http.requisitionsQuery) q: z.output<typeof Http.requisitionsQuery>) {
    return listForms(this.dataSource.manager, Requisition, q, requisitionView);
  }

  @Get('requisitions/:id')
  async one(@ValidParam('id', pathId) id: string) {
    const r = await this.dataSource.manager.findOneBy(Requisition, { id });
    if (!r) throw new NotFoundProblem(`no requisition ${id}`);
    return requisitionView(r);
  }

  @Post('requisitions')
  raise(
    @ValidBody(Http.newRequisitionBody) body: z.output<typeof Http.newRequisitionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.raise(body, staffOf(actor));
  }

  @Step('requisitions/:id/issue')
  issue(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.requisitionIssueBody) body: z.output<typeof Http.requisitionIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.issue(id, body.gatePassId, staffOf(actor));
  }

  @Get('workshop-custody')
  holdings(@ValidQuery(Http.custodyQuery) q: z.output<typeof Http.custodyQuery>) {
    return this.custody.holdings(q);
  }

  @Get('workshop-custody/reports')
  reports(@ValidQuery(Http.custodyReportsQuery) q: z.output<typeof Http.custodyReportsQuery>) {
    return this.custody.reports(q);
  }

  @Post('workshop-custody/virtual-returns')
  book(
    @ValidBody(Http.virtualReturnBody) body: z.output<typeof Http.virtualReturnBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.virtualReturn.handle(body, staffOf(actor));
  }
}
