import { Module } from '@nestjs/common';
import { AnswerCallHandler } from './answer-call.handler';
import { CallQueries } from './call.queries';
import { CallsHttpController } from './calls.http.controller';
import { LogCallHandler } from './log-call.handler';

/** The call log (R15, R16, R12). */
@Module({
  controllers: [CallsHttpController],
  providers: [LogCallHandler, AnswerCallHandler, CallQueries],
  exports: [LogCallHandler, AnswerCallHandler],
})
export class CallsModule {}
