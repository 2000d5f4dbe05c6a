// The solver-neutral JSON the service and the CLI send to the solver helper (decision 0090):
// locations are indexes into the matrices, capacities and demands integer vectors (the service
// uses [kg, dm³]), times seconds on an axis the caller chooses (the service: seconds after the
// plan day's local midnight). Mirrors services/planning/solver/src/main/java/.../Problem.java.

export interface SolverVehicle {
  id: string;
  start: number;
  end?: number;
  capacity: number[];
  earliestStart?: number;
  latestArrival?: number;
  skills?: string[];
  /** cost of using the vehicle at all (fen for the service) */
  fixedCost?: number;
  /** cost per distance unit (fen per metre for the service); 1 when absent */
  costPerDistance?: number;
  costPerTime?: number;
}

export interface SolverJob {
  id: string;
  location: number;
  /** pickup: loaded at its location; delivery: loaded at the start depot */
  kind: 'pickup' | 'delivery';
  demand: number[];
  serviceTime?: number;
  windows?: [number, number][];
  skills?: string[];
  /** pinned: only this vehicle may serve it */
  vehicleId?: string;
}

export interface SolverProblem {
  timeLimitMs: number;
  maxIterations?: number;
  threads?: number;
  randomSeed?: number;
  /** as many copies of the vehicles as needed (CVRP benchmarks) */
  unlimitedFleet?: boolean;
  /** cost of leaving one job unserved: a plan always comes back, with the unserved listed */
  unservedPenalty?: number;
  distances: number[][];
  durations?: number[][];
  vehicles: SolverVehicle[];
  jobs: SolverJob[];
}

export interface SolverSolution {
  cost: number;
  routes: { vehicleId: string; visits: { jobId: string; arrival: number; departure: number }[] }[];
  unassigned: string[];
  solveMillis: number;
  solver: string;
}
