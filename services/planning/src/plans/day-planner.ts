import { Injectable, Logger } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { PlanningConfig } from '../config';
import { DistanceMatrixPort } from '../distances/distance-matrix.port';
import { dayVehicleOf } from '../fleet/fleet.rules';
import { Vehicle } from '../fleet/vehicle.entity';
import { atLocalTime } from '../jobs/job.rules';
import { dayJobOf } from '../jobs/jobs.rules';
import { PlanningJob } from '../jobs/planning-job.entity';
import { PlanningSolver } from '../solver/planning-solver';
import { depotsOf } from './depots';
import { screenJobs } from './job-screening.rules';
import type { Pin, PlanSettings, PlanSummary, RouteRecord, UnservedRecord } from './plan.entity';
import { UnknownBranch } from './plan.errors';
import type { DayJob, DayVehicle, LatLng } from './plan.model';
import { planOutcome, summarise } from './plan-outcome.rules';
import { solverProblemOf } from './solver-problem.rules';

export interface ComputedPlan {
  routes: RouteRecord[];
  unserved: UnservedRecord[];
  summary: PlanSummary;
  settings: PlanSettings;
}

/** What a plan of a branch's day is made of: its depot, active fleet and open jobs. */
export interface PlanDay {
  depot: LatLng;
  fleet: DayVehicle[];
  jobs: DayJob[];
}

/**
 * R40: computes a branch's day — jobs no vehicle could serve set aside with their reason, the
 * rest solved by the helper within the time limit, every route re-evaluated from the matrix.
 * Runs outside any transaction (the solver takes seconds); the handler saves the result.
 */
@Injectable()
export class DayPlanner {
  private readonly logger = new Logger('DayPlanner');

  constructor(
    private readonly dataSource: DataSource,
    private readonly distances: DistanceMatrixPort,
    private readonly solver: PlanningSolver,
    @InjectServiceConfig() private readonly config: PlanningConfig,
  ) {}

  async dayOf(branch: string, date: string): Promise<PlanDay> {
    const depot = depotsOf(this.config).get(branch);
    if (!depot) throw new UnknownBranch(branch);
    const zone = this.config.PLANNING_TIME_ZONE;
    const vehicles = await this.dataSource
      .getRepository(Vehicle)
      .find({ where: { branch, active: true }, order: { id: 'ASC' } });
    const jobs = await this.dataSource.getRepository(PlanningJob).find({
      where: { branch, planDate: date, status: 'open' },
      order: { windowFrom: 'ASC', id: 'ASC' },
    });
    return {
      depot,
      fleet: vehicles.map((v) => dayVehicleOf(v, date, zone)),
      jobs: jobs.map(dayJobOf),
    };
  }

  async compute(
    branch: string,
    date: string,
    pins: Pin[],
    timeLimitSeconds?: number,
  ): Promise<ComputedPlan> {
    const day = await this.dayOf(branch, date);
    const timeLimitMs = timeLimitSeconds ? timeLimitSeconds * 1000 : this.config.PLAN_TIME_LIMIT_MS;
    const screened = screenJobs(day.jobs, day.fleet, this.config.PLANNING_TIME_ZONE);
    const settings: PlanSettings = {
      timeLimitSeconds: timeLimitMs / 1000,
      distanceSource: 'none',
      solver: 'none',
      solveMillis: 0,
    };
    if (screened.plannable.length === 0)
      return {
        routes: [],
        unserved: screened.unserved,
        summary: summarise([], screened.unserved, day.fleet.length),
        settings,
      };

    const matrix = await this.distances.matrix([
      day.depot,
      ...screened.plannable.map((j) => j.location!),
    ]);
    const solution = await this.solver.solve(
      solverProblemOf({
        jobs: screened.plannable,
        fleet: day.fleet,
        pins,
        matrix,
        dayStart: atLocalTime(date, '00:00', this.config.PLANNING_TIME_ZONE),
        timeLimitMs,
        maxIterations: this.config.PLAN_MAX_ITERATIONS,
        threads: this.config.SOLVER_THREADS,
      }),
    );
    const outcome = planOutcome({
      solution,
      jobs: screened.plannable,
      fleet: day.fleet,
      pins,
      matrix,
    });
    if (outcome.violations.length > 0)
      this.logger.error(
        `${branch} ${date}: the solver's routes break rules: ${outcome.violations.join('; ')}`,
      );
    const unserved = [...screened.unserved, ...outcome.unserved];
    return {
      routes: outcome.routes,
      unserved,
      summary: summarise(outcome.routes, unserved, day.fleet.length),
      settings: {
        ...settings,
        distanceSource: matrix.source,
        solver: solution.solver,
        solveMillis: solution.solveMillis,
      },
    };
  }
}
