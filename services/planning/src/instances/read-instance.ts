import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SolverSolution } from '../solver/solver.protocol';
import { BenchmarkInstance, routeDistance } from './benchmark-instance';
import { readCvrplib } from './cvrplib';
import { readSolomon } from './solomon';

/** A `.vrp` (CVRPLIB) or Solomon `.txt` file. */
export function readInstance(file: string): BenchmarkInstance {
  const text = fs.readFileSync(file, 'utf8');
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  if (file.endsWith('.vrp')) return readCvrplib(text, base);
  if (/^\s*CUST\s*NO/im.test(text)) return readSolomon(text, base);
  throw new Error(`${file}: neither a CVRPLIB .vrp nor a Solomon VRPTW file`);
}

/** The CLI's line (issue 25 item 6): customer ids as numbered in the file, depot excluded. */
export interface InstanceAnswer {
  instance: string;
  cost: number;
  vehicles: number;
  routes: number[][];
  /** customers the solver could not serve (none on a feasible instance) */
  unserved?: number[];
}

/** The solver's answer in the instance's own terms; the cost recomputed from the matrix. */
export function answerOf(instance: BenchmarkInstance, solution: SolverSolution): InstanceAnswer {
  const byIndex = new Map(instance.customers.map((c) => [String(c.id), c]));
  const routes = solution.routes
    .map((r) => r.visits.map((v) => byIndex.get(v.jobId)!))
    .filter((r) => r.length > 0);
  const cost = routes.reduce(
    (sum, r) =>
      sum +
      routeDistance(
        instance,
        r.map((c) => c.index),
      ),
    0,
  );
  return {
    instance: instance.name,
    cost: instance.costOf(cost),
    vehicles: routes.length,
    routes: routes.map((r) => r.map((c) => c.id)),
    ...(solution.unassigned.length > 0 ? { unserved: solution.unassigned.map(Number) } : {}),
  };
}
