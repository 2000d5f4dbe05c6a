import type { SolverProblem } from '../solver/solver.protocol';
import type { Pin } from './plan.entity';
import type { DayJob, DayVehicle, DistanceMatrix } from './plan.model';

// R40 → the solver-neutral problem (decision 0090): capacity in two dimensions [kg, dm³]
// (demands rounded up, capacities down: the solver never overfills), time windows and shifts as
// seconds after the plan day's local midnight, service times, the depot at matrix index 0,
// dangerous goods only on vehicles with a permit, pins, and a penalty per unserved job far above
// any day's cost, so the solver serves every job it can and still always answers.

export const UNSERVED_PENALTY_FEN = 100_000_000;
export const DANGEROUS_GOODS_SKILL = 'dangerous-goods';

export interface ProblemInput {
  /** the plannable jobs; job i sits at matrix index i + 1 */
  jobs: DayJob[];
  fleet: DayVehicle[];
  pins: Pin[];
  matrix: DistanceMatrix;
  dayStart: Date;
  timeLimitMs: number;
  maxIterations?: number;
  threads?: number;
}

export function solverProblemOf(input: ProblemInput): SolverProblem {
  const seconds = (d: Date) => (d.getTime() - input.dayStart.getTime()) / 1000;
  const fleetIds = new Set(input.fleet.map((v) => v.id));
  return {
    timeLimitMs: input.timeLimitMs,
    maxIterations: input.maxIterations,
    threads: input.threads,
    randomSeed: 17,
    unservedPenalty: UNSERVED_PENALTY_FEN,
    distances: input.matrix.metres,
    durations: input.matrix.seconds,
    vehicles: input.fleet.map((v) => ({
      id: v.id,
      start: 0,
      capacity: [Math.floor(v.weightCapacityKg), Math.floor(v.volumeCapacityM3 * 1000)],
      earliestStart: seconds(v.shiftStart),
      latestArrival: seconds(v.shiftEnd),
      skills: v.dangerousGoodsPermit ? [DANGEROUS_GOODS_SKILL] : [],
      fixedCost: v.costPerVehicleMinor,
      costPerDistance: v.costPerKmMinor / 1000,
    })),
    jobs: input.jobs.map((job, i) => {
      const pin = input.pins.find((p) => p.jobId === job.id && fleetIds.has(p.vehicleId));
      return {
        id: job.id,
        location: i + 1,
        kind: job.kind,
        demand: [Math.ceil(job.weightKg), Math.ceil(job.volumeM3 * 1000)],
        serviceTime: job.serviceMinutes * 60,
        windows: [[Math.ceil(seconds(job.window.from)), Math.floor(seconds(job.window.to))]],
        skills: job.dangerousGoods ? [DANGEROUS_GOODS_SKILL] : [],
        ...(pin ? { vehicleId: pin.vehicleId } : {}),
      };
    }),
  };
}
