import type { UnservedRecord } from './plan.entity';
import type { DayJob, DayVehicle } from './plan.model';

// Issue 25 item 8: a job no vehicle of the branch could ever serve is left out before the
// solver runs, with the reason in words; the solver only ever sees jobs some vehicle may take.

const kg = (n: number) => `${Math.round(n * 100) / 100} kg`;
const m3 = (n: number) => `${Math.round(n * 1000) / 1000} m³`;
const hhmm = (d: Date, timeZone: string) =>
  d.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });

function unserved(job: DayJob, reason: UnservedRecord['reason'], detail: string): UnservedRecord {
  return { jobId: job.id, waybillNo: job.waybillNo, kind: job.kind, reason, detail };
}

/** Why no vehicle of `fleet` may serve `job`, or undefined when one may (R40, R2 for DG). */
export function whyUnservable(
  job: DayJob,
  fleet: DayVehicle[],
  timeZone: string,
): UnservedRecord | undefined {
  if (!job.location)
    return unserved(job, 'no-coordinates', `the address has no coordinates: ${job.address}`);
  if (fleet.length === 0) return unserved(job, 'no-vehicles', 'the branch has no active vehicle');
  const permitted = job.dangerousGoods ? fleet.filter((v) => v.dangerousGoodsPermit) : fleet;
  if (permitted.length === 0)
    return unserved(
      job,
      'no-dangerous-goods-vehicle',
      'dangerous goods: no vehicle of the branch has a permit',
    );
  const fitting = permitted.filter(
    (v) => v.weightCapacityKg >= job.weightKg && v.volumeCapacityM3 >= job.volumeM3,
  );
  if (fitting.length === 0) {
    const largest = Math.max(...permitted.map((v) => v.weightCapacityKg));
    const bulkiest = Math.max(...permitted.map((v) => v.volumeCapacityM3));
    return unserved(
      job,
      'over-capacity',
      `${kg(job.weightKg)}, ${m3(job.volumeM3)}: the largest vehicle${job.dangerousGoods ? ' with a DG permit' : ''} carries ${kg(largest)}, the bulkiest ${m3(bulkiest)}`,
    );
  }
  const covering = fitting.filter(
    (v) => job.window.from <= v.shiftEnd && job.window.to >= v.shiftStart,
  );
  if (covering.length === 0)
    return unserved(
      job,
      'outside-shifts',
      `its window ${hhmm(job.window.from, timeZone)}–${hhmm(job.window.to, timeZone)} meets no shift of a vehicle that can carry it`,
    );
  return undefined;
}

/** The jobs the solver gets, and those left out with their reason. */
export function screenJobs(
  jobs: DayJob[],
  fleet: DayVehicle[],
  timeZone: string,
): { plannable: DayJob[]; unserved: UnservedRecord[] } {
  const plannable: DayJob[] = [];
  const left: UnservedRecord[] = [];
  for (const job of jobs) {
    const why = whyUnservable(job, fleet, timeZone);
    if (why) left.push(why);
    else plannable.push(job);
  }
  return { plannable, unserved: left };
}

/** Left out by the solver itself: no vehicle had room or time for it (R40). */
export function noFeasibleRoute(job: DayJob): UnservedRecord {
  return unserved(
    job,
    'no-feasible-route',
    'no vehicle could fit it in: the capacity left and the time windows of the day do not allow it',
  );
}
