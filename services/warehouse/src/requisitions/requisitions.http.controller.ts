import { Controller, Get, Post } from '@nestjs/common';
import {
  CurrentActor,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { CustodyQueries } from './custody.queries';
import { Requisition, requisitionView } from './requisition.entity';
import { RequisitionHandlers } from './requisition.handlers';
import { VirtualReturnHandler } from './virtual-return.handler';

/** R36 production requisitions, R37 material leaving the company. */
@Controller('requisitions')
export class RequisitionsHttpController extends FormReads(
  Requisition,
  requisitionView,
  Http.requisitionsQuery,
  'requisition',
) {
  constructor(private readonly handlers: RequisitionHandlers) {
    super();
  }

  @Post()
  raise(
    @ValidBody(Http.newRequisitionBody) body: z.output<typeof Http.newRequisitionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.raise(body, staffOf(actor));
  }

  @Step(':id/issue')
  issue(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.requisitionIssueBody) body: z.output<typeof Http.requisitionIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.issue(id, body.gatePassId, staffOf(actor));
  }
}

/** R36 workshop custody and its month-end virtual returns. */
@Controller('workshop-custody')
export class CustodyHttpController {
  constructor(
    private readonly virtualReturn: VirtualReturnHandler,
    private readonly custody: CustodyQueries,
  ) {}

  @Get()
  holdings(@ValidQuery(Http.custodyQuery) q: z.output<typeof Http.custodyQuery>) {
    return this.custody.holdings(q);
  }

  @Get('reports')
  reports(@ValidQuery(Http.custodyReportsQuery) q: z.output<typeof Http.custodyReportsQuery>) {
    return this.custody.reports(q);
  }

  @Post('virtual-returns')
  book(
    @ValidBody(Http.virtualReturnBody) body: z.output<typeof Http.virtualReturnBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.virtualReturn.handle(body, staffOf(actor));
  }
}
