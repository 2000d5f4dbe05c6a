import type { SolverProblem } from '../solver/solver.protocol';

/** A public benchmark instance, read into the solver's neutral format (CLI and bench/planning). */
export interface BenchmarkInstance {
  name: string;
  /** the matrix the instance's convention gives (rounded for CVRPLIB, real for Solomon) */
  distances: number[][];
  /** the depot's index in the matrix */
  depot: number;
  /** customers as numbered in the file, with their matrix index and demand */
  customers: { id: number; index: number; demand: number }[];
  capacity: number;
  problem(timeLimitMs: number): SolverProblem;
  /** the cost as the set reports it (an integer for CVRPLIB, 2 decimals for Solomon) */
  costOf(cost: number): number;
}

/** One route's distance, depot to depot, customers given by matrix index. */
export function routeDistance(instance: BenchmarkInstance, indexes: number[]): number {
  const path = [instance.depot, ...indexes, instance.depot];
  let total = 0;
  for (let i = 1; i < path.length; i++) total += instance.distances[path[i - 1]][path[i]];
  return total;
}
