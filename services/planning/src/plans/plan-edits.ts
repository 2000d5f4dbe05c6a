import { Injectable } from '@nestjs/common';
import { InjectServiceConfig, Tx } from '@freight/platform';
import type { PlanningConfig } from '../config';
import { DistanceMatrixPort } from '../distances/distance-matrix.port';
import { dayVehicleOf } from '../fleet/fleet.rules';
import { Vehicle } from '../fleet/vehicle.entity';
import { dayJobOf } from '../jobs/jobs.rules';
import { PlanningJob } from '../jobs/planning-job.entity';
import { depotsOf } from './depots';
import type { Plan, RouteRecord } from './plan.entity';
import { PlanStale, UnknownBranch, UnknownJob, UnknownVehicle } from './plan.errors';
import type { DayJob, DayVehicle } from './plan.model';
import { withColour } from './plan-outcome.rules';
import { evaluateRoute, EvaluatedRoute } from './route-evaluation.rules';

/** The day's fleet and open jobs as a dispatcher's edit of a plan sees them. */
export interface EditContext {
  fleet: DayVehicle[];
  jobs: Map<string, DayJob>;
  vehicle(id: string): DayVehicle;
  job(id: string): DayJob;
  /** a vehicle's stops in this order, evaluated on the distances the plan used */
  evaluate(vehicle: DayVehicle, jobIds: string[], pinned: Set<string>): Promise<EvaluatedRoute>;
  colour(evaluated: EvaluatedRoute): RouteRecord;
}

/** What pins and moves share: the plan's branch and day as they are now, inside the edit's transaction. */
@Injectable()
export class PlanEdits {
  constructor(
    private readonly distances: DistanceMatrixPort,
    @InjectServiceConfig() private readonly config: PlanningConfig,
  ) {}

  async contextOf(plan: Plan, tx: Tx): Promise<EditContext> {
    const depot = depotsOf(this.config).get(plan.branch);
    if (!depot) throw new UnknownBranch(plan.branch);
    const vehicles = await tx.manager.find(Vehicle, {
      where: { branch: plan.branch, active: true },
      order: { id: 'ASC' },
    });
    const fleet = vehicles.map((v) =>
      dayVehicleOf(v, plan.planDate, this.config.PLANNING_TIME_ZONE),
    );
    const rows = await tx.manager.find(PlanningJob, {
      where: { branch: plan.branch, planDate: plan.planDate, status: 'open' },
    });
    const jobs = new Map(rows.map((r) => [r.id, dayJobOf(r)]));
    return {
      fleet,
      jobs,
      vehicle: (id) => {
        const vehicle = fleet.find((v) => v.id === id);
        if (!vehicle) throw new UnknownVehicle(id, plan.branch);
        return vehicle;
      },
      job: (id) => {
        const job = jobs.get(id);
        if (!job) throw new UnknownJob(id);
        return job;
      },
      evaluate: async (vehicle, jobIds, pinned) => {
        // a stop of the plan whose order changed since: the plan must be recomputed first
        const stops = jobIds.map((id) => jobs.get(id) ?? this.stale(plan));
        const matrix = await this.distances.matrix([depot, ...stops.map((s) => s.location!)]);
        return evaluateRoute(
          vehicle,
          stops.map((job, i) => ({ job, index: i + 1, pinned: pinned.has(job.id) })),
          matrix,
        );
      },
      colour: (evaluated) => withColour(fleet, evaluated),
    };
  }

  private stale(plan: Plan): never {
    throw new PlanStale(plan.id);
  }
}
