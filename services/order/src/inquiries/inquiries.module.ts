import { Module } from '@nestjs/common';
import { RatesModule } from '../rates/rates.module';
import { AcceptQuoteHandler } from './accept-quote.handler';
import { AnswerInquiryHandler } from './answer-inquiry.handler';
import { InquiriesHttpController } from './inquiries.http.controller';
import { InquiryEscalationsEventsController } from './inquiry-escalations.events.controller';
import { InquiryQueries } from './inquiry.queries';
import { QuoteInquiryHandler } from './quote-inquiry.handler';
import { QuotesHttpController } from './quotes.http.controller';
import { RecordInquiryEscalationHandler } from './record-escalation.handler';
import { RecordInquiryHandler } from './record-inquiry.handler';

/** R2 inquiries, R3 quotes within 8 hours (the scheduler's clock and its escalations), R19. */
@Module({
  imports: [RatesModule],
  controllers: [InquiriesHttpController, QuotesHttpController],
  providers: [
    RecordInquiryHandler,
    QuoteInquiryHandler,
    AnswerInquiryHandler,
    AcceptQuoteHandler,
    RecordInquiryEscalationHandler,
    InquiryQueries,
    // a Kafka entry point is a provider: it has no HTTP routes
    InquiryEscalationsEventsController,
  ],
  exports: [RecordInquiryHandler, QuoteInquiryHandler, AnswerInquiryHandler, AcceptQuoteHandler],
})
export class InquiriesModule {}
