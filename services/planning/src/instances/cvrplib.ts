import type { SolverProblem } from '../solver/solver.protocol';
import type { BenchmarkInstance } from './benchmark-instance';

// CVRPLIB `.vrp` files (TYPE: CVRP, EDGE_WEIGHT_TYPE: EUC_2D). The set's convention (Augerat A,
// and TSPLIB's `nint`): each distance is the Euclidean distance rounded to the nearest integer,
// so costs are integers and comparable with the published best-known ones.

interface Node {
  id: number;
  x: number;
  y: number;
  demand: number;
}

const headerValue = (lines: string[], key: string): string | undefined =>
  lines
    .find((l) => l.split(':')[0].trim().toUpperCase() === key)
    ?.split(':')
    .slice(1)
    .join(':')
    .trim();

function section(lines: string[], name: string): string[][] {
  const start = lines.findIndex((l) => l.trim().toUpperCase().startsWith(name));
  if (start === -1) throw new Error(`no ${name} in the file`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    const cells = line.trim().split(/\s+/);
    if (cells[0] === '' || /^[A-Z_]+/.test(cells[0]) || cells[0] === '-1' || cells[0] === 'EOF')
      break;
    rows.push(cells);
  }
  return rows;
}

export function readCvrplib(text: string, fallbackName: string): BenchmarkInstance {
  const lines = text.split(/\r?\n/);
  const weightType = headerValue(lines, 'EDGE_WEIGHT_TYPE');
  if (weightType !== 'EUC_2D')
    throw new Error(`EDGE_WEIGHT_TYPE ${weightType ?? '(none)'}: only EUC_2D is read`);
  const capacity = Number(headerValue(lines, 'CAPACITY'));
  if (!Number.isInteger(capacity) || capacity <= 0) throw new Error('CAPACITY missing');
  const demands = new Map(
    section(lines, 'DEMAND_SECTION').map(([id, d]) => [Number(id), Number(d)]),
  );
  const nodes: Node[] = section(lines, 'NODE_COORD_SECTION').map(([id, x, y]) => ({
    id: Number(id),
    x: Number(x),
    y: Number(y),
    demand: demands.get(Number(id)) ?? 0,
  }));
  const depotId = Number(section(lines, 'DEPOT_SECTION')[0]?.[0] ?? 1);
  const depot = nodes.findIndex((n) => n.id === depotId);
  if (depot === -1) throw new Error(`depot ${depotId} is not among the nodes`);
  const distances = nodes.map((a) =>
    nodes.map((b) => Math.round(Math.hypot(a.x - b.x, a.y - b.y))),
  );
  return {
    name: headerValue(lines, 'NAME') ?? fallbackName,
    distances,
    customers: nodes.flatMap((n, index) =>
      index === depot ? [] : [{ id: n.id, index, demand: n.demand }],
    ),
    capacity,
    problem: (timeLimitMs: number): SolverProblem => ({
      timeLimitMs,
      unlimitedFleet: true,
      distances,
      vehicles: [{ id: 'vehicle', start: depot, capacity: [capacity] }],
      jobs: nodes.flatMap((n, index) =>
        index === depot
          ? []
          : [{ id: String(n.id), location: index, kind: 'delivery' as const, demand: [n.demand] }],
      ),
    }),
    costOf: (cost) => Math.round(cost),
    depot,
  };
}
