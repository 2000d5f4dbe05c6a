import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { JobsHttpController } from './jobs.http.controller';
import { OrderEventsController } from './order-events.events.controller';
import { RecordOrderChangeHandler } from './record-order-change.handler';

/** The day's jobs, fed by order events (R40 inputs). */
@Module({
  imports: [PlansModule],
  controllers: [JobsHttpController],
  providers: [OrderEventsController, RecordOrderChangeHandler],
})
export class JobsModule {}
