// An independent check of a CVRP solution (issue 25 item 10): it reads the instance file itself
// and knows nothing of the solver or of the service's instance readers. A solution is feasible
// when every customer is visited exactly once, no route carries more than the capacity, and
// only customers of the file appear; its cost is recomputed with the set's rounding (nint of
// the Euclidean distance, depot to depot).

export interface CvrpCheck {
  feasible: boolean;
  problems: string[];
  /** the cost recomputed from the file */
  cost: number;
}

function numbersAfter(lines: string[], heading: string): number[][] {
  const start = lines.findIndex((l) => l.trim().startsWith(heading));
  const rows: number[][] = [];
  for (const line of lines.slice(start + 1)) {
    const cells = line.trim().split(/\s+/).map(Number);
    if (line.trim() === '' || cells.some(Number.isNaN) || cells[0] === -1) break;
    rows.push(cells);
  }
  return rows;
}

export function checkCvrpSolution(vrpText: string, routes: number[][]): CvrpCheck {
  const lines = vrpText.split(/\r?\n/);
  const capacity = Number(/CAPACITY\s*:\s*(\d+)/.exec(vrpText)?.[1]);
  const coords = new Map(
    numbersAfter(lines, 'NODE_COORD_SECTION').map(([id, x, y]) => [id, [x, y]]),
  );
  const demand = new Map(numbersAfter(lines, 'DEMAND_SECTION').map(([id, d]) => [id, d]));
  const depot = numbersAfter(lines, 'DEPOT_SECTION')[0]?.[0] ?? 1;
  const problems: string[] = [];
  const seen = new Map<number, number>();
  let cost = 0;
  const distance = (a: number, b: number) => {
    const [ax, ay] = coords.get(a)!;
    const [bx, by] = coords.get(b)!;
    return Math.round(Math.sqrt((ax - bx) ** 2 + (ay - by) ** 2));
  };
  routes.forEach((route, r) => {
    let load = 0;
    let at = depot;
    for (const customer of route) {
      if (customer === depot || !coords.has(customer)) {
        problems.push(`route ${r + 1}: ${customer} is not a customer of the instance`);
        continue;
      }
      seen.set(customer, (seen.get(customer) ?? 0) + 1);
      load += demand.get(customer) ?? 0;
      cost += distance(at, customer);
      at = customer;
    }
    cost += distance(at, depot);
    if (load > capacity) problems.push(`route ${r + 1} carries ${load} > capacity ${capacity}`);
  });
  for (const id of coords.keys()) {
    if (id === depot) continue;
    const visits = seen.get(id) ?? 0;
    if (visits !== 1) problems.push(`customer ${id} visited ${visits} times`);
  }
  return { feasible: problems.length === 0, problems, cost };
}
