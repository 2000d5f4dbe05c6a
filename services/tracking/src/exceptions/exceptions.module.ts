import { Module } from '@nestjs/common';
import { CloseExceptionHandler } from './close-exception.handler';
import { DelayDetectionHandler } from './delay-detection.handler';
import { EscalateExceptionHandler } from './escalate-exception.handler';
import { ExceptionStepHandler } from './exception-step.handler';
import { ExceptionQueries } from './exception.queries';
import { ExceptionsHttpController } from './exceptions.http.controller';
import { RaiseExceptionHandler } from './raise-exception.handler';
import { RecordExceptionHandler } from './record-exception.handler';

/** R13: shipment exceptions, raised by dispatch, agents or delay detection, tracked to closure. */
@Module({
  controllers: [ExceptionsHttpController],
  providers: [
    RaiseExceptionHandler,
    RecordExceptionHandler,
    ExceptionStepHandler,
    EscalateExceptionHandler,
    CloseExceptionHandler,
    DelayDetectionHandler,
    ExceptionQueries,
  ],
  exports: [
    RaiseExceptionHandler,
    EscalateExceptionHandler,
    CloseExceptionHandler,
    DelayDetectionHandler,
    ExceptionQueries,
  ],
})
export class ExceptionsModule {}
