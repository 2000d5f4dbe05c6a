import { Controller, Get, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ValidParam } from '@freight/platform';
import type { FastifyRequest } from 'fastify';
import { Allow } from '../access/access.decorator';
import { TRACKING_READERS } from '../proxy/routes/tracking.routes';
import { ApiProblems, ApiZodOk, jsonSchemaOf } from '../http/openapi-schema';
import { WaybillViewComposer } from './waybill-view.composer';
import { waybillView, waybillViewParams, WaybillView } from './waybill-view.schema';

@ApiTags('waybills')
@Controller('api/v1/waybills')
export class WaybillViewController {
  constructor(private readonly composer: WaybillViewComposer) {}

  @Get(':no')
  @Allow(TRACKING_READERS, 'branch') // everyone who answers for shipments
  @ApiOperation({
    summary:
      'One waybill for the agent on the phone: order, timeline, exceptions, POD, complaints, charges',
    description:
      'Composed from the order, tracking, complaint and billing services. A service that does not answer leaves its part out (`parts.<part>.available: false` with the reason); the view still answers. Another branch’s waybill is a 404 (R41).',
  })
  @ApiParam({ name: 'no', schema: jsonSchemaOf(waybillViewParams.no) })
  @ApiZodOk(waybillView)
  @ApiProblems(400, 404, 503)
  view(
    @ValidParam('no', waybillViewParams.no) no: string,
    @Req() request: FastifyRequest,
  ): Promise<WaybillView> {
    return this.composer.compose(no, request.principal!, request.correlationId);
  }
}
