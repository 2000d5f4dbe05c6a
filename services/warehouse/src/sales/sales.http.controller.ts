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
import { QcClearance, qcClearanceView } from './qc-clearance.entity';
import { QcClearanceHandler } from './qc-clearance.handler';
import { Sale, saleView } from './sale.entity';
import { SaleHandlers } from './sale.handlers';

/** R29/R30/R33: QC clearances and sales, from the outbound slip to the settlement. */
@Controller()
export class SalesHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clear: QcClearanceHandler,
    private readonly sales: SaleHandlers,
  ) {}

  @Get('qc-clearances')
  clearances(@ValidQuery(Http.qcClearancesQuery) q: z.output<typeof Http.qcClearancesQuery>) {
    return listForms(this.dataSource.manager, QcClearance, q, qcClearanceView);
  }

  @Get('qc-clearances/:id')
  async clearance(@ValidParam('id', pathId) id: string) {
    const c = await this.dataSource.manager.findOneBy(QcClearance, { id });
    if (!c) throw new NotFoundProblem(`no QC clearance ${id}`);
    return qcClearanceView(c);
  }

  @Post('qc-clearances')
  newClearance(
    @ValidBody(Http.newQcClearanceBody) body: z.output<typeof Http.newQcClearanceBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.clear.handle(body, staffOf(actor));
  }

  @Get('sales')
  list(@ValidQuery(Http.salesQuery) q: z.output<typeof Http.salesQuery>) {
    return listForms(this.dataSource.manager, Sale, q, saleView);
  }

  @Get('sales/:id')
  async one(@ValidParam('id', pathId) id: string) {
    const sale = await this.dataSource.manager.findOneBy(Sale, { id });
    if (!sale) throw new NotFoundProblem(`no sale ${id}`);
    return saleView(sale);
  }

  @Post('sales')
  raise(
    @ValidBody(Http.newSaleBody) body: z.output<typeof Http.newSaleBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.raise(body, staffOf(actor));
  }

  @Step('sales/:id/issue')
  issue(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.saleIssueBody) body: z.output<typeof Http.saleIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.issue(id, body.gatePassId, staffOf(actor));
  }

  @Step('sales/:id/signed-issue-list')
  signedList(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.signedIssueListBody) body: z.output<typeof Http.signedIssueListBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.signedListBack(id, body, staffOf(actor));
  }

  @Step('sales/:id/issue-list-handover')
  handOver(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.handoverBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.handOver(id, staffOf(actor));
  }

  @Step('sales/:id/settlement')
  settle(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.settlementBody) body: z.output<typeof Http.settlementBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.settle(id, body, staffOf(actor));
  }
}
