import { Controller, Post } from '@nestjs/common';
import { CurrentActor, pathId, ValidBody, ValidParam, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { InboundSlip, inboundSlipView } from './inbound-slip.entity';
import { InboundSlipHandlers } from './inbound.handlers';

/** R27: finished goods into stock — slip, signature (approvals), QC stamp, keeper's receipt. */
@Controller('inbound-slips')
export class InboundHttpController extends FormReads(
  InboundSlip,
  inboundSlipView,
  Http.inboundSlipsQuery,
  'inbound slip',
) {
  constructor(private readonly slips: InboundSlipHandlers) {
    super();
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
