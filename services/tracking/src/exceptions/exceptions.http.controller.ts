import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { CloseExceptionHandler } from './close-exception.handler';
import { EscalateExceptionHandler } from './escalate-exception.handler';
import { ExceptionStepHandler } from './exception-step.handler';
import { ExceptionQueries } from './exception.queries';
import { RecordExceptionHandler } from './record-exception.handler';

/** R13 over HTTP, for the gateway: exceptions, their steps, escalation and closure. */
@Controller()
export class ExceptionsHttpController {
  constructor(
    private readonly queries: ExceptionQueries,
    private readonly record: RecordExceptionHandler,
    private readonly steps: ExceptionStepHandler,
    private readonly escalation: EscalateExceptionHandler,
    private readonly closing: CloseExceptionHandler,
  ) {}

  @Get('exceptions')
  list(@ValidQuery(Http.exceptionListQuery) query: z.output<typeof Http.exceptionListQuery>) {
    return this.queries.list(query);
  }

  @Get('exceptions/:id')
  one(@ValidParam('id', pathId) id: string) {
    return this.queries.one(id);
  }

  @Post('shipments/:waybillNo/exceptions')
  async raise(
    @ValidParam('waybillNo', Http.waybillParam) waybillNo: string,
    @ValidBody(Http.newExceptionBody) body: z.output<typeof Http.newExceptionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.queries.one(await this.record.handle(waybillNo, body, actor));
  }

  @Post('exceptions/:id/steps')
  async step(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.exceptionStepBody) body: z.output<typeof Http.exceptionStepBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.steps.handle(id, body, actor);
    return this.queries.one(id);
  }

  @Post('exceptions/:id/escalate')
  @HttpCode(200)
  async escalate(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.escalateExceptionBody) body: z.output<typeof Http.escalateExceptionBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.escalation.byHand(id, body.reason, actor);
    return this.queries.one(id);
  }

  @Post('exceptions/:id/close')
  @HttpCode(200)
  async close(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.closeExceptionBody) body: z.output<typeof Http.closeExceptionBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.closing.handle(id, body, actor);
    return this.queries.one(id);
  }
}
