import { Module } from '@nestjs/common';
import { AgentDayQueries } from './agent-day.queries';
import { ComplaintReportQueries } from './complaint-report.queries';
import { ReportsHttpController } from './reports.http.controller';
import { SatisfactionQueries } from './satisfaction.queries';

/** Reports: R20 monthly complaints, R23 satisfaction, R10 agent's day. */
@Module({
  controllers: [ReportsHttpController],
  providers: [ComplaintReportQueries, SatisfactionQueries, AgentDayQueries],
  exports: [ComplaintReportQueries],
})
export class ReportsModule {}
