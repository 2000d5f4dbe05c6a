import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import {
  Actor,
  Clock,
  CurrentActor,
  InjectClock,
  pathId,
  ValidBody,
  ValidParam,
} from '@freight/platform';
import type { z } from 'zod';
import { staffOf } from '../shared/staff';
import { AcceptQuoteHandler } from './accept-quote.handler';
import { InquiryQueries } from './inquiry.queries';
import { quoteView } from './inquiry.view';

/** R3 → R4 quotes over the internal API. */
@Controller('quotes')
export class QuotesHttpController {
  constructor(
    private readonly accept: AcceptQuoteHandler,
    private readonly queries: InquiryQueries,
    @InjectClock() private readonly clock: Clock,
  ) {}

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    return quoteView(await this.queries.quote(id), this.clock.now());
  }

  @Post(':id/accept')
  @HttpCode(200)
  async accepted(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.acceptQuoteBody) body: z.output<typeof OrderHttp.acceptQuoteBody>,
    @CurrentActor() actor: Actor,
  ) {
    return quoteView(await this.accept.handle(id, body.note, staffOf(actor)), this.clock.now());
  }
}
