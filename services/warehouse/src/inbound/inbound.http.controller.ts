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
import { Step } from '../shared/step.decorator';
import { staffOf } from '../shared/staff';
import { InboundSlip, inboundSlipView } from './inbound-slip.entity';
import { InboundSlipHandlers } from './inbound.handlers';

/** R27: finished goods into stock — slip, signature (approvals), QC stamp, keeper's receipt. */
@Controller('inbound-slips')
export class InboundHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly slips: InboundSlipHandlers,
  ) {}

  @Get()
  list(@ValidQuery(Http.inboundSlipsQuery) q: z.output<typeof Http.inboundSlipsQuery>) {
    return listForms(this.dataSource.manager, InboundSlip, q, inboundSlipView);
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    const slip = await this.dataSource.manager.findOneBy(InboundSlip, { id });
    if (!slip) throw new NotFoundProblem(`no inbound slip ${id}`);
    return inboundSlipView(slip);
  }

  @Post()
  raise(
    @ValidBody(Http.newInboundSlipBody) body: z.output<typeof Http.newInboundSlipBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.slips.raise(body, staffOf(actor));
  }

  @Step(':id/inspection')
  inspect(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.inspectionBody) body: z.output<typeof Http.inspectionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.slips.inspect(id, body, staffOf(actor));
  }

  @Step(':id/receipt')
  receive(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.inboundReceiptBody) body: z.output<typeof Http.inboundReceiptBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.slips.receive(id, body, staffOf(actor));
  }
}
