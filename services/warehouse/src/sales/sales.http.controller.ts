import { Controller, Post } from '@nestjs/common';
import { CurrentActor, pathId, ValidBody, ValidParam, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { QcClearance, qcClearanceView } from './qc-clearance.entity';
import { QcClearanceHandler } from './qc-clearance.handler';
import { Sale, saleView } from './sale.entity';
import { SaleHandlers } from './sale.handlers';

/** R29: QC clears goods for sale. */
@Controller('qc-clearances')
export class QcClearancesHttpController extends FormReads(
  QcClearance,
  qcClearanceView,
  Http.qcClearancesQuery,
  'QC clearance',
) {
  constructor(private readonly clear: QcClearanceHandler) {
    super();
  }

  @Post()
  create(
    @ValidBody(Http.newQcClearanceBody) body: z.output<typeof Http.newQcClearanceBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.clear.handle(body, staffOf(actor));
  }
}

/** R29/R30/R33: sales, from the outbound slip to the settlement. */
@Controller('sales')
export class SalesHttpController extends FormReads(Sale, saleView, Http.salesQuery, 'sale') {
  constructor(private readonly sales: SaleHandlers) {
    super();
  }

  @Post()
  raise(
    @ValidBody(Http.newSaleBody) body: z.output<typeof Http.newSaleBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.raise(body, staffOf(actor));
  }

  @Step(':id/issue')
  issue(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.saleIssueBody) body: z.output<typeof Http.saleIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.issue(id, body.gatePassId, staffOf(actor));
  }

  @Step(':id/signed-issue-list')
  signedList(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.signedIssueListBody) body: z.output<typeof Http.signedIssueListBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.signedListBack(id, body, staffOf(actor));
  }

  @Step(':id/issue-list-handover')
  handOver(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.handoverBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.handOver(id, staffOf(actor));
  }

  @Step(':id/settlement')
  settle(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.settlementBody) body: z.output<typeof Http.settlementBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sales.settle(id, body, staffOf(actor));
  }
}
