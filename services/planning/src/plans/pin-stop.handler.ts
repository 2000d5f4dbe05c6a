import { Injectable } from '@nestjs/common';
import { Transactions } from '@freight/platform';
import { Plan } from './plan.entity';
import { PlanEdits } from './plan-edits';
import { planView, PlanView } from './plan.view';

/**
 * R40: a dispatcher pins a stop to a vehicle (the customer asked for that driver, the cargo
 * needs that truck's tail lift …). Pins hold from the next re-plan on: the solver may then put
 * the stop only on that vehicle, in whatever order is best.
 */
@Injectable()
export class PinStopHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly edits: PlanEdits,
  ) {}

  pin(planId: string, jobId: string, vehicleId: string): Promise<PlanView> {
    return this.transactions.run(async (tx) => {
      const plan = await tx.lock(Plan, { id: planId }, `plan ${planId}`);
      const context = await this.edits.contextOf(plan, tx);
      context.vehicle(vehicleId);
      context.job(jobId);
      plan.pins = [...plan.pins.filter((p) => p.jobId !== jobId), { jobId, vehicleId }];
      return planView(await tx.manager.save(this.flagged(plan)));
    });
  }

  unpin(planId: string, jobId: string): Promise<PlanView> {
    return this.transactions.run(async (tx) => {
      const plan = await tx.lock(Plan, { id: planId }, `plan ${planId}`);
      plan.pins = plan.pins.filter((p) => p.jobId !== jobId);
      return planView(await tx.manager.save(this.flagged(plan)));
    });
  }

  /** each stop says whether it is pinned */
  private flagged(plan: Plan): Plan {
    const pinned = new Set(plan.pins.map((p) => p.jobId));
    plan.routes = plan.routes.map((r) => ({
      ...r,
      stops: r.stops.map((s) => ({ ...s, pinned: pinned.has(s.jobId) })),
    }));
    return plan;
  }
}
