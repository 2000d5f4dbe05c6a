import type { SolverProblem } from '../solver/solver.protocol';
import type { BenchmarkInstance } from './benchmark-instance';

// Solomon's VRPTW text files (C101 …): a VEHICLE block (number, capacity) and a CUSTOMER table
// (number, x, y, demand, ready time, due date, service time), customer 0 being the depot.
// Convention used here: real (unrounded) Euclidean distances, travel time = distance, and the
// hierarchical objective of the literature — fewest vehicles first (a fixed cost per vehicle far
// above any distance), then distance; the cost reported is the distance, to 2 decimals.

const VEHICLE_FIXED_COST = 100_000;

export function readSolomon(text: string, fallbackName: string): BenchmarkInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l !== '') ?? fallbackName;
  const vehicleHeader = lines.findIndex((l) => /^NUMBER\s+CAPACITY/i.test(l));
  if (vehicleHeader === -1) throw new Error('no VEHICLE block (NUMBER CAPACITY)');
  const [count, capacity] = lines[vehicleHeader + 1].split(/\s+/).map(Number);
  const customerHeader = lines.findIndex((l) => /^CUST\s*NO/i.test(l));
  if (customerHeader === -1) throw new Error('no CUSTOMER table');
  const rows = lines
    .slice(customerHeader + 1)
    .filter((l) => /^\d/.test(l))
    .map((l) => l.split(/\s+/).map(Number));
  const nodes = rows.map(([id, x, y, demand, ready, due, service]) => ({
    id,
    x,
    y,
    demand,
    ready,
    due,
    service,
  }));
  const depot = nodes.findIndex((n) => n.id === 0);
  if (depot === -1) throw new Error('customer 0 (the depot) is missing');
  const distances = nodes.map((a) => nodes.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  return {
    name,
    distances,
    depot,
    capacity,
    customers: nodes.flatMap((n, index) =>
      index === depot ? [] : [{ id: n.id, index, demand: n.demand }],
    ),
    problem: (timeLimitMs: number): SolverProblem => ({
      timeLimitMs,
      distances,
      durations: distances,
      vehicles: Array.from({ length: count }, (_, i) => ({
        id: `v${i + 1}`,
        start: depot,
        capacity: [capacity],
        earliestStart: nodes[depot].ready,
        latestArrival: nodes[depot].due,
        fixedCost: VEHICLE_FIXED_COST,
      })),
      jobs: nodes.flatMap((n, index) =>
        index === depot
          ? []
          : [
              {
                id: String(n.id),
                location: index,
                kind: 'delivery' as const,
                demand: [n.demand],
                serviceTime: n.service,
                windows: [[n.ready, n.due] as [number, number]],
              },
            ],
      ),
    }),
    costOf: (cost) => Math.round(cost * 100) / 100,
  };
}
