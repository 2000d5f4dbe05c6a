import Decimal from 'decimal.js';
import type { RouteRecord } from './plan.entity';
import type { DayJob, DayVehicle, DistanceMatrix } from './plan.model';

// R40: a vehicle's route from the order of its stops — when it arrives at each, what it carries
// after each, how far it drives and how much of that empty — computed here from the same matrix
// the solver used, so solver answers and a dispatcher's moves are checked the same way.

export interface RouteStop {
  job: DayJob;
  /** the job's index in the matrix (the depot is 0) */
  index: number;
  pinned: boolean;
}

export interface EvaluatedRoute {
  route: Omit<RouteRecord, 'colour'>;
  /** what breaks a rule: over capacity, late for a window, back after the shift */
  violations: string[];
}

const round = (n: number, digits: number) =>
  new Decimal(n).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).toNumber();
const iso = (ms: number) => new Date(ms).toISOString();

export function evaluateRoute(
  vehicle: DayVehicle,
  stops: RouteStop[],
  matrix: DistanceMatrix,
): EvaluatedRoute {
  const violations: string[] = [];
  const deliveries = stops.filter((s) => s.job.kind === 'delivery');
  let weight = deliveries.reduce((sum, s) => sum + s.job.weightKg, 0);
  let volume = deliveries.reduce((sum, s) => sum + s.job.volumeM3, 0);
  const startLoad = { weightKg: round(weight, 2), volumeM3: round(volume, 3) };
  const checkLoad = (where: string) => {
    if (weight > vehicle.weightCapacityKg + 1e-9 || volume > vehicle.volumeCapacityM3 + 1e-9)
      violations.push(
        `${vehicle.name} carries ${round(weight, 2)} kg, ${round(volume, 3)} m³ ${where}: over its ${vehicle.weightCapacityKg} kg, ${vehicle.volumeCapacityM3} m³`,
      );
  };
  checkLoad('leaving the depot');

  // leave as late as the first window allows, so nobody waits at the first door
  const first = stops[0];
  let time = vehicle.shiftStart.getTime();
  if (first)
    time = Math.max(time, first.job.window.from.getTime() - matrix.seconds[0][first.index] * 1000);
  const departAt = time;
  let previous = 0;
  let metres = 0;
  let emptyMetres = 0;
  const records = stops.map((stop, i) => {
    const leg = matrix.metres[previous][stop.index];
    if (weight <= 1e-9 && volume <= 1e-9) emptyMetres += leg;
    metres += leg;
    const arrival = time + matrix.seconds[previous][stop.index] * 1000;
    const start = Math.max(arrival, stop.job.window.from.getTime());
    if (start > stop.job.window.to.getTime())
      violations.push(
        `${vehicle.name} reaches ${stop.job.waybillNo} (${stop.job.kind}) after its window closes`,
      );
    const departure = start + stop.job.serviceMinutes * 60_000;
    const sign = stop.job.kind === 'pickup' ? 1 : -1;
    weight += sign * stop.job.weightKg;
    volume += sign * stop.job.volumeM3;
    checkLoad(`after ${stop.job.waybillNo}`);
    time = departure;
    previous = stop.index;
    return {
      seq: i + 1,
      jobId: stop.job.id,
      kind: stop.job.kind,
      waybillNo: stop.job.waybillNo,
      name: stop.job.name,
      address: stop.job.address,
      location: stop.job.location!,
      window: { from: stop.job.window.from.toISOString(), to: stop.job.window.to.toISOString() },
      arrivalAt: iso(arrival),
      startAt: iso(start),
      departureAt: iso(departure),
      weightKg: stop.job.weightKg,
      volumeM3: stop.job.volumeM3,
      loadAfter: {
        weightKg: round(Math.max(weight, 0), 2),
        volumeM3: round(Math.max(volume, 0), 3),
      },
      kmFromPrevious: round(leg / 1000, 2),
      pinned: stop.pinned,
    };
  });
  const back = matrix.metres[previous][0];
  if (weight <= 1e-9 && volume <= 1e-9) emptyMetres += back;
  metres += back;
  const returnAt = time + matrix.seconds[previous][0] * 1000;
  if (returnAt > vehicle.shiftEnd.getTime())
    violations.push(`${vehicle.name} is back after its shift ends`);
  const km = new Decimal(metres).div(1000);
  const cost = km.mul(vehicle.costPerKmMinor).plus(vehicle.costPerVehicleMinor);
  return {
    route: {
      vehicleId: vehicle.id,
      vehicleName: vehicle.name,
      departAt: iso(departAt),
      returnAt: iso(returnAt),
      km: round(km.toNumber(), 2),
      emptyKm: round(emptyMetres / 1000, 2),
      startLoad,
      // fen, half up: a route's cost is shown, not invoiced
      cost: {
        amountMinor: cost.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(),
        currency: 'CNY',
      },
      stops: records,
    },
    violations,
  };
}
