import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import {
  Actor,
  Clock,
  CurrentActor,
  InjectClock,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@freight/platform';
import type { z } from 'zod';
import { staffOf } from '../shared/staff';
import { AnswerInquiryHandler } from './answer-inquiry.handler';
import { InquiryListQuery, InquiryQueries } from './inquiry.queries';
import type { InquiryPatch, NewInquiry } from './inquiry.rules';
import { inquiryView } from './inquiry.view';
import { QuoteInquiryHandler, QuoteRequest } from './quote-inquiry.handler';
import { RecordInquiryHandler } from './record-inquiry.handler';

/** R2, R3, R19 over the internal API: the gateway forwards /api/v1/inquiries here. */
@Controller('inquiries')
export class InquiriesHttpController {
  constructor(
    private readonly record: RecordInquiryHandler,
    private readonly quoteInquiry: QuoteInquiryHandler,
    private readonly answers: AnswerInquiryHandler,
    private readonly queries: InquiryQueries,
    @InjectClock() private readonly clock: Clock,
  ) {}

  private async view(inquiryId: string) {
    const { inquiry, quote } = await this.queries.byId(inquiryId);
    return inquiryView(inquiry, quote, this.clock.now());
  }

  @Post()
  async receive(
    @ValidBody(OrderHttp.newInquiryBody) body: NewInquiry,
    @CurrentActor() actor: Actor,
  ) {
    const inquiry = await this.record.handle(body, staffOf(actor));
    return inquiryView(inquiry, null, this.clock.now());
  }

  @Get()
  async list(@ValidQuery(OrderHttp.inquiryListQuery) query: InquiryListQuery) {
    const page = await this.queries.list(query);
    const now = this.clock.now();
    return { ...page, items: page.items.map((r) => inquiryView(r.inquiry, r.quote, now)) };
  }

  @Get(':id')
  one(@ValidParam('id', pathId) id: string) {
    return this.view(id);
  }

  @Patch(':id')
  async amend(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.inquiryPatchBody) body: InquiryPatch,
  ) {
    await this.answers.amend(id, body);
    return this.view(id);
  }

  @Post(':id/quote')
  @HttpCode(200)
  async quote(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.quoteBody) body: QuoteRequest,
    @CurrentActor() actor: Actor,
  ) {
    const { inquiry, quote } = await this.quoteInquiry.handle(id, body, staffOf(actor));
    return inquiryView(inquiry, quote, this.clock.now());
  }

  @Post(':id/callback')
  @HttpCode(200)
  async callBack(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.callbackBody) body: z.output<typeof OrderHttp.callbackBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.answers.callBack(id, body, staffOf(actor));
    return this.view(id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  async decline(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.declineBody) body: z.output<typeof OrderHttp.declineBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.answers.decline(id, body.reason, staffOf(actor));
    return this.view(id);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  async reassign(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.reassignBody) body: z.output<typeof OrderHttp.reassignBody>,
  ) {
    await this.answers.reassign(id, body.agent);
    return this.view(id);
  }
}
