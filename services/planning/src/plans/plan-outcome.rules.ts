import Decimal from 'decimal.js';
import type { SolverSolution } from '../solver/solver.protocol';
import { noFeasibleRoute } from './job-screening.rules';
import type { Pin, PlanSummary, RouteRecord, UnservedRecord } from './plan.entity';
import type { DayJob, DayVehicle, DistanceMatrix } from './plan.model';
import { evaluateRoute, EvaluatedRoute, RouteStop } from './route-evaluation.rules';

/** Route colours on the map, one per vehicle of the fleet in fleet order. */
export const ROUTE_COLOURS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
];

export const colourOf = (fleet: { id: string }[], vehicleId: string) =>
  ROUTE_COLOURS[
    Math.max(
      0,
      fleet.findIndex((v) => v.id === vehicleId),
    ) % ROUTE_COLOURS.length
  ];

/** The day's totals: vehicles needed, distance, empty distance, cost (R40). */
export function summarise(
  routes: RouteRecord[],
  unserved: UnservedRecord[],
  fleetSize: number,
): PlanSummary {
  const served = routes.reduce((n, r) => n + r.stops.length, 0);
  const sum = (pick: (r: RouteRecord) => number) =>
    routes
      .reduce((total, r) => total.plus(pick(r)), new Decimal(0))
      .toDecimalPlaces(2)
      .toNumber();
  return {
    vehicles: routes.length,
    fleet: fleetSize,
    jobs: served + unserved.length,
    served,
    unserved: unserved.length,
    km: sum((r) => r.km),
    emptyKm: sum((r) => r.emptyKm),
    cost: { amountMinor: sum((r) => r.cost.amountMinor), currency: 'CNY' },
  };
}

/** A vehicle's route with its colour; routes of a plan are listed in fleet order. */
export function withColour(fleet: DayVehicle[], evaluated: EvaluatedRoute): RouteRecord {
  return { ...evaluated.route, colour: colourOf(fleet, evaluated.route.vehicleId) };
}

/**
 * The solver's answer as the plan: each route re-evaluated from the matrix (times, loads, km,
 * empty km); jobs it left out listed with `no-feasible-route` (or the pin that held them).
 */
export function planOutcome(input: {
  solution: SolverSolution;
  jobs: DayJob[];
  fleet: DayVehicle[];
  pins: Pin[];
  matrix: DistanceMatrix;
}): { routes: RouteRecord[]; unserved: UnservedRecord[]; violations: string[] } {
  const indexOf = new Map(input.jobs.map((job, i) => [job.id, i]));
  const pinned = new Set(input.pins.map((p) => p.jobId));
  const violations: string[] = [];
  const routes = input.fleet.flatMap((vehicle) => {
    const answer = input.solution.routes.find((r) => r.vehicleId === vehicle.id);
    if (!answer || answer.visits.length === 0) return [];
    const stops: RouteStop[] = answer.visits.map((visit) => {
      const i = indexOf.get(visit.jobId)!;
      return { job: input.jobs[i], index: i + 1, pinned: pinned.has(visit.jobId) };
    });
    const evaluated = evaluateRoute(vehicle, stops, input.matrix);
    violations.push(...evaluated.violations);
    return [withColour(input.fleet, evaluated)];
  });
  const unserved = input.solution.unassigned.map((jobId) => {
    const job = input.jobs[indexOf.get(jobId)!];
    const pin = input.pins.find((p) => p.jobId === jobId);
    const record = noFeasibleRoute(job);
    return pin
      ? {
          ...record,
          detail: `pinned to ${pin.vehicleId}, which cannot fit it in: unpin it or move it`,
        }
      : record;
  });
  return { routes, unserved, violations };
}
