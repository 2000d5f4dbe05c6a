import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import type { z } from 'zod';
import { ComplaintHttp } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import { actorRef } from '../shared/actor';
import { AssessFineHandler } from './assess-fine.handler';
import { fineLineView } from './fine.view';
import { FinesQueries } from './fines.queries';
import { WaiveFineHandler } from './waive-fine.handler';

/** R21 fines: the month's lines, HQ's waivers and amounts. */
@Controller('fines')
export class FinesHttpController {
  constructor(
    private readonly queries: FinesQueries,
    private readonly waive: WaiveFineHandler,
    private readonly assess: AssessFineHandler,
  ) {}

  @Get()
  list(@ValidQuery(ComplaintHttp.finesQuery) query: z.output<typeof ComplaintHttp.finesQuery>) {
    return this.queries.month(query.month, query.branch);
  }

  @Post(':id/waive')
  @HttpCode(200)
  async waived(
    @ValidParam('id', pathId) id: string,
    @ValidBody(ComplaintHttp.fineWaiveBody) body: z.output<typeof ComplaintHttp.fineWaiveBody>,
    @CurrentActor() actor: Actor,
  ) {
    return fineLineView(await this.waive.handle(id, body.reason, actorRef(actor)));
  }

  @Post(':id/assess')
  @HttpCode(200)
  async assessed(
    @ValidParam('id', pathId) id: string,
    @ValidBody(ComplaintHttp.fineAssessBody) body: z.output<typeof ComplaintHttp.fineAssessBody>,
    @CurrentActor() actor: Actor,
  ) {
    return fineLineView(
      await this.assess.handle(id, body.amountMinor, body.reason, actorRef(actor)),
    );
  }
}
