import { Injectable } from '@nestjs/common';
import { Transactions } from '@freight/platform';
import { Plan, RouteRecord } from './plan.entity';
import { MoveInfeasible } from './plan.errors';
import { PlanEdits } from './plan-edits';
import { summarise } from './plan-outcome.rules';
import { planView, PlanView } from './plan.view';

/**
 * R40: a dispatcher moves a stop onto a vehicle at a position (from another route, or from the
 * unserved list). The vehicle's new route is checked at once — capacity after every stop,
 * every window, back within the shift — and a move that breaks one is refused with the
 * reasons (422). A position past the end puts the stop last. The plan becomes a new draft
 * revision: a published plan must be published again.
 */
@Injectable()
export class MoveStopHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly edits: PlanEdits,
  ) {}

  move(
    planId: string,
    move: { jobId: string; vehicleId: string; position: number },
  ): Promise<PlanView> {
    return this.transactions.run(async (tx) => {
      const plan = await tx.lock(Plan, { id: planId }, `plan ${planId}`);
      const context = await this.edits.contextOf(plan, tx);
      const vehicle = context.vehicle(move.vehicleId);
      const job = context.job(move.jobId);
      if (!job.location) throw new MoveInfeasible([`${job.waybillNo} has no coordinates`]);
      const pinned = new Set(plan.pins.map((p) => p.jobId));

      const without = (r: RouteRecord) => r.stops.map((s) => s.jobId).filter((id) => id !== job.id);
      const target = plan.routes.find((r) => r.vehicleId === vehicle.id);
      const order = target ? without(target) : [];
      order.splice(Math.min(move.position - 1, order.length), 0, job.id);
      const moved = await context.evaluate(vehicle, order, pinned);
      if (moved.violations.length > 0) throw new MoveInfeasible(moved.violations);

      const routes: RouteRecord[] = [];
      for (const route of plan.routes) {
        if (route.vehicleId === vehicle.id) continue;
        if (!route.stops.some((s) => s.jobId === job.id)) routes.push(route);
        else if (without(route).length > 0)
          routes.push(
            context.colour(
              await context.evaluate(context.vehicle(route.vehicleId), without(route), pinned),
            ),
          );
      }
      routes.push(context.colour(moved));
      const fleetOrder = (r: RouteRecord) => context.fleet.findIndex((v) => v.id === r.vehicleId);
      plan.routes = routes.sort((a, b) => fleetOrder(a) - fleetOrder(b));
      plan.unserved = plan.unserved.filter((u) => u.jobId !== job.id);
      plan.summary = summarise(plan.routes, plan.unserved, context.fleet.length);
      plan.revision += 1;
      plan.status = 'draft';
      plan.publishedAt = null;
      plan.publishedBy = null;
      return planView(await tx.manager.save(plan));
    });
  }
}
