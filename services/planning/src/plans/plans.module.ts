import { Module } from '@nestjs/common';
import { DayPlanner } from './day-planner';
import { MarkPlansStale } from './mark-plans-stale';
import { MoveStopHandler } from './move-stop.handler';
import { PinStopHandler } from './pin-stop.handler';
import { PlanDayHandler } from './plan-day.handler';
import { PlanEdits } from './plan-edits';
import { PlanQueries } from './plan.queries';
import { PlansHttpController } from './plans.http.controller';
import { PublishPlanHandler } from './publish-plan.handler';

/** Plans of a branch's day (R40). */
@Module({
  controllers: [PlansHttpController],
  providers: [
    DayPlanner,
    MarkPlansStale,
    PlanDayHandler,
    PlanEdits,
    PinStopHandler,
    MoveStopHandler,
    PublishPlanHandler,
    PlanQueries,
  ],
  exports: [MarkPlansStale, PlanDayHandler],
})
export class PlansModule {}
