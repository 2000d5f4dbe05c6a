import { Controller, Post } from '@nestjs/common';
import { CurrentActor, pathId, ValidBody, ValidParam, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { EntrustedRequisition, entrustedRequisitionView } from './entrusted-requisition.entity';
import { EntrustedHandlers } from './entrusted.handlers';

/** R34 entrusted processing requisitions. */
@Controller('entrusted-requisitions')
export class EntrustedHttpController extends FormReads(
  EntrustedRequisition,
  entrustedRequisitionView,
  Http.entrustedRequisitionsQuery,
  'entrusted requisition',
) {
  constructor(private readonly handlers: EntrustedHandlers) {
    super();
  }

  @Post()
  raise(
    @ValidBody(Http.newEntrustedRequisitionBody)
    body: z.output<typeof Http.newEntrustedRequisitionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.raise(body, staffOf(actor));
  }

  @Step(':id/issue')
  issue(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.entrustedIssueBody) body: z.output<typeof Http.entrustedIssueBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.issue(id, body.gatePassId, staffOf(actor));
  }

  @Step(':id/returns')
  takeBack(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.entrustedReturnBody) body: z.output<typeof Http.entrustedReturnBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.takeBack(id, body, staffOf(actor));
  }

  @Step(':id/compensation-list')
  compensate(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.compensationListBody) body: z.output<typeof Http.compensationListBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.compensate(id, body, staffOf(actor));
  }

  @Step(':id/processor-confirmation')
  confirm(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.processorConfirmationBody)
    body: z.output<typeof Http.processorConfirmationBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.confirm(id, body, staffOf(actor));
  }
}
