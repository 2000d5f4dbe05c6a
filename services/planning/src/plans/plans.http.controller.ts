import { Controller, Delete, Get, Header, HttpCode, Post, UseFilters } from '@nestjs/common';
import type { z } from 'zod';
import { PlanningHttp } from '@freight/contracts';
import {
  Actor,
  CurrentActor,
  InjectServiceConfig,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@freight/platform';
import { DataSource, In } from 'typeorm';
import type { PlanningConfig } from '../config';
import { PlanningJob } from '../jobs/planning-job.entity';
import { SolverProblemFilter } from '../solver/solver-problem.filter';
import { depotsOf } from './depots';
import { MoveStopHandler } from './move-stop.handler';
import { PinStopHandler } from './pin-stop.handler';
import { PlanDayHandler } from './plan-day.handler';
import { planMapSvg } from './plan-map.svg';
import { PlanQueries } from './plan.queries';
import { planView } from './plan.view';
import { PublishPlanHandler } from './publish-plan.handler';

type Body<K extends keyof typeof PlanningHttp> = z.output<(typeof PlanningHttp)[K]>;

/**
 * R40 plans: plan a branch's day, read it, pin and move stops, re-plan, publish to dispatch,
 * and look at it as a map and as a table of stops.
 */
@Controller('plans')
@UseFilters(SolverProblemFilter)
export class PlansHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: PlanQueries,
    private readonly planDay: PlanDayHandler,
    private readonly pins: PinStopHandler,
    private readonly moves: MoveStopHandler,
    private readonly publisher: PublishPlanHandler,
    @InjectServiceConfig() private readonly config: PlanningConfig,
  ) {}

  @Post()
  create(@ValidBody(PlanningHttp.planDayBody) body: Body<'planDayBody'>) {
    return this.planDay.plan(body.branch, body.date, body.timeLimitSeconds);
  }

  @Get()
  list(@ValidQuery(PlanningHttp.plansQuery) query: Body<'plansQuery'>) {
    return this.queries.list(query);
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    return planView(await this.queries.one(id));
  }

  @Post(':id/replan')
  @HttpCode(200)
  async replan(
    @ValidParam('id', pathId) id: string,
    @ValidBody(PlanningHttp.replanBody) body: Body<'replanBody'>,
  ) {
    const plan = await this.queries.one(id);
    return this.planDay.plan(plan.branch, plan.planDate, body.timeLimitSeconds);
  }

  @Post(':id/pins')
  @HttpCode(200)
  pin(
    @ValidParam('id', pathId) id: string,
    @ValidBody(PlanningHttp.pinBody) body: Body<'pinBody'>,
  ) {
    return this.pins.pin(id, body.jobId, body.vehicleId);
  }

  @Delete(':id/pins/:jobId')
  unpin(@ValidParam('id', pathId) id: string, @ValidParam('jobId', pathId) jobId: string) {
    return this.pins.unpin(id, jobId);
  }

  @Post(':id/moves')
  @HttpCode(200)
  move(
    @ValidParam('id', pathId) id: string,
    @ValidBody(PlanningHttp.moveBody) body: Body<'moveBody'>,
  ) {
    return this.moves.move(id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@ValidParam('id', pathId) id: string, @CurrentActor() actor: Actor) {
    return this.publisher.publish(id, actor);
  }

  /** The table of stops, vehicle by vehicle, in visiting order. */
  @Get(':id/stops')
  async stops(@ValidParam('id', pathId) id: string) {
    const plan = await this.queries.one(id);
    const items = plan.routes.flatMap((r) =>
      r.stops.map((s) => ({ vehicleId: r.vehicleId, vehicleName: r.vehicleName, ...s })),
    );
    return { planId: plan.id, branch: plan.branch, items };
  }

  @Get(':id/map.svg')
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  async map(@ValidParam('id', pathId) id: string) {
    const plan = await this.queries.one(id);
    const unserved = await this.dataSource
      .getRepository(PlanningJob)
      .findBy({ id: In(plan.unserved.map((u) => u.jobId)) });
    const located = new Map(
      unserved.flatMap((j) =>
        j.lat === null || j.lng === null ? [] : [[j.id, { lat: j.lat, lng: j.lng }] as const],
      ),
    );
    return planMapSvg(plan, depotsOf(this.config).get(plan.branch) ?? { lat: 0, lng: 0 }, located);
  }
}
