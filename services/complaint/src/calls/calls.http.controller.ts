import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import type { z } from 'zod';
import { ComplaintHttp } from '@freight/contracts';
import { Actor, CurrentActor, uuidId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import { actorRef } from '../shared/actor';
import { AnswerCallHandler } from './answer-call.handler';
import { CallQueries } from './call.queries';
import { LogCallHandler } from './log-call.handler';

/** The call log's internal API (R15, R16, R12): translates only. */
@Controller('calls')
export class CallsHttpController {
  constructor(
    private readonly logCall: LogCallHandler,
    private readonly answerCall: AnswerCallHandler,
    private readonly queries: CallQueries,
  ) {}

  @Post()
  async log(
    @ValidBody(ComplaintHttp.newCallBody) body: z.output<typeof ComplaintHttp.newCallBody>,
    @CurrentActor() actor: Actor,
  ) {
    const { call, company } = await this.logCall.handle(body, actorRef(actor));
    return this.queries.view(call, company);
  }

  @Get()
  list(@ValidQuery(ComplaintHttp.callsQuery) query: z.output<typeof ComplaintHttp.callsQuery>) {
    return this.queries.list(query);
  }

  @Get(':id')
  get(@ValidParam('id', uuidId) id: string) {
    return this.queries.byId(id);
  }

  @Post(':id/answer')
  @HttpCode(200)
  async answer(
    @ValidParam('id', uuidId) id: string,
    @ValidBody(ComplaintHttp.callAnswerBody) body: z.output<typeof ComplaintHttp.callAnswerBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.answerCall.handle(id, body.answer, actorRef(actor));
    return this.queries.byId(id);
  }
}
