// The planning service's views as the gateway answers them (libs/contracts/src/http/planning.ts),
// the part the console reads (R40). Times are UTC instants, money in fen.

interface Money {
  amountMinor: number;
  currency: string;
}

interface Load {
  weightKg: number;
  volumeM3: number;
}

export interface Stop {
  seq: number;
  jobId: string;
  kind: 'pickup' | 'delivery';
  waybillNo: string;
  name: string;
  address: string;
  window: { from: string; to: string };
  arrivalAt: string;
  startAt: string;
  departureAt: string;
  weightKg: number;
  volumeM3: number;
  loadAfter: Load;
  kmFromPrevious: number;
  pinned: boolean;
}

export interface Route {
  vehicleId: string;
  vehicleName: string;
  colour: string;
  departAt: string;
  returnAt: string;
  km: number;
  emptyKm: number;
  startLoad: Load;
  cost: Money;
  stops: Stop[];
}

export interface PlanSummary {
  id: string;
  branch: string;
  date: string;
  revision: number;
  status: 'draft' | 'published';
  stale: boolean;
  computedAt: string;
  publishedAt: string | null;
  summary: {
    vehicles: number;
    fleet: number;
    jobs: number;
    served: number;
    unserved: number;
    km: number;
    emptyKm: number;
    cost: Money;
  };
}

export interface Plan extends PlanSummary {
  staleReasons: { at: string; waybillNo: string; change: string }[];
  routes: Route[];
  unserved: { jobId: string; waybillNo: string; kind: string; reason: string; detail: string }[];
  pins: { jobId: string; vehicleId: string }[];
  settings: {
    timeLimitSeconds: number;
    distanceSource: string;
    solver: string;
    solveMillis: number;
  };
}
