import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { DataSource } from 'typeorm';
import { DayPlanner } from './day-planner';
import { Plan, planIdOf } from './plan.entity';
import { planView, PlanView } from './plan.view';

/**
 * R40: plans a branch's day — the first time, or again as a new revision that keeps the pins
 * (a re-plan). The new revision is a draft, not stale; an order event that arrived while the
 * solver searched keeps it stale, so no change is lost.
 */
@Injectable()
export class PlanDayHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly planner: DayPlanner,
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async plan(branch: string, date: string, timeLimitSeconds?: number): Promise<PlanView> {
    const id = planIdOf(branch, date);
    const before = await this.dataSource.getRepository(Plan).findOneBy({ id });
    const pins = before?.pins ?? [];
    const changesBefore = before?.staleReasons.length ?? 0;
    const computed = await this.planner.compute(branch, date, pins, timeLimitSeconds);
    return this.transactions.run(async (tx) => {
      const current = await tx.manager.findOne(Plan, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const plan =
        current ??
        tx.manager.create(Plan, {
          id,
          branch,
          planDate: date,
          revision: 0,
          pins: [],
          staleReasons: [],
        });
      const changedMeanwhile = plan.staleReasons.slice(
        Math.min(changesBefore, plan.staleReasons.length),
      );
      const kept = new Set([
        ...computed.routes.flatMap((r) => r.stops.map((s) => s.jobId)),
        ...computed.unserved.map((u) => u.jobId),
      ]);
      Object.assign(plan, computed, {
        revision: plan.revision + 1,
        status: 'draft',
        stale: changedMeanwhile.length > 0,
        staleReasons: changedMeanwhile,
        // a pin of a job no longer on the day (cancelled, moved to another day) is dropped
        pins: plan.pins.filter((p) => kept.has(p.jobId)),
        computedAt: this.clock.now(),
        publishedAt: null,
        publishedBy: null,
      });
      return planView(await tx.manager.save(plan));
    });
  }
}
