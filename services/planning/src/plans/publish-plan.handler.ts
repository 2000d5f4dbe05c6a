import { Injectable } from '@nestjs/common';
import type { EventData } from '@freight/contracts';
import { Actor, Clock, InjectClock, Transactions } from '@freight/platform';
import { Plan } from './plan.entity';
import { PlanStale } from './plan.errors';
import { planView, PlanView } from './plan.view';

/**
 * R40: the plan goes to dispatch as `planning.plan.published` (a partner contract), in the
 * transaction that marks it published. A stale plan is refused (409): dispatch must not drive
 * yesterday's orders. Publishing a revision already published changes nothing.
 */
@Injectable()
export class PublishPlanHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  publish(planId: string, actor: Actor): Promise<PlanView> {
    return this.transactions.run(async (tx) => {
      const plan = await tx.lock(Plan, { id: planId }, `plan ${planId}`);
      if (plan.stale) throw new PlanStale(plan.id);
      if (plan.status === 'published') return planView(plan);
      plan.status = 'published';
      plan.publishedAt = this.clock.now();
      plan.publishedBy = { userId: actor.userId, username: actor.username };
      await tx.manager.save(plan);
      await tx.publish({ type: 'planning.plan.published', data: publishedEvent(plan) });
      return planView(plan);
    });
  }
}

export function publishedEvent(plan: Plan): EventData<'planning.plan.published'> {
  return {
    planId: plan.id,
    branch: plan.branch,
    date: plan.planDate,
    revision: plan.revision,
    publishedAt: plan.publishedAt!.toISOString(),
    publishedBy: plan.publishedBy!,
    vehicles: plan.summary.vehicles,
    km: plan.summary.km,
    emptyKm: plan.summary.emptyKm,
    distanceSource: plan.settings.distanceSource,
    routes: plan.routes.map((r) => ({
      vehicleId: r.vehicleId,
      vehicleName: r.vehicleName,
      departAt: r.departAt,
      returnAt: r.returnAt,
      km: r.km,
      emptyKm: r.emptyKm,
      stops: r.stops.map((s) => ({
        seq: s.seq,
        jobId: s.jobId,
        kind: s.kind,
        waybillNo: s.waybillNo,
        name: s.name,
        address: s.address,
        location: s.location,
        window: s.window,
        arrivalAt: s.arrivalAt,
        departureAt: s.departureAt,
        loadAfter: s.loadAfter,
      })),
    })),
    unserved: plan.unserved,
  };
}
