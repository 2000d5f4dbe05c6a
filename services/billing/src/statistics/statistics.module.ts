import { Module } from '@nestjs/common';
import { ComplaintEventsController } from './complaint-events.events.controller';
import { RecordComplaintFactsHandler } from './record-complaint-facts.handler';
import { StatisticsHttpController } from './statistics.http.controller';
import { StatisticsQueries } from './statistics.queries';

/** R26: the monthly operations statistics from the other services' events. */
@Module({
  controllers: [StatisticsHttpController],
  providers: [StatisticsQueries, RecordComplaintFactsHandler, ComplaintEventsController],
  exports: [RecordComplaintFactsHandler],
})
export class StatisticsModule {}
