import type { DayJob, DayVehicle, DistanceMatrix } from './plan.model';

// Small days for the plan rules' specs: a line of stops 10 km apart, 20 minutes each.

export const at = (hhmm: string) => new Date(`2025-03-12T${hhmm}:00+08:00`);

export const van = (changes: Partial<DayVehicle> = {}): DayVehicle => ({
  id: 'V1',
  name: 'Van 1',
  weightCapacityKg: 1500,
  volumeCapacityM3: 16,
  dangerousGoodsPermit: false,
  shiftStart: at('08:00'),
  shiftEnd: at('18:00'),
  costPerKmMinor: 350,
  costPerVehicleMinor: 40_000,
  ...changes,
});

export const job = (id: string, changes: Partial<DayJob> = {}): DayJob => ({
  id,
  kind: 'pickup',
  waybillNo: id.split(':')[0],
  name: `Shipper ${id}`,
  address: 'somewhere',
  location: { lat: 31.2, lng: 121.5 },
  weightKg: 500,
  volumeM3: 4,
  dangerousGoods: false,
  window: { from: at('09:00'), to: at('17:00') },
  serviceMinutes: 15,
  ...changes,
});

/** depot 0 and stops 1…n on a line, 10 km and 20 min apart. */
export function lineMatrix(stops: number): DistanceMatrix {
  const size = stops + 1;
  const grid = (unit: number) =>
    Array.from({ length: size }, (_, i) =>
      Array.from({ length: size }, (_, j) => Math.abs(i - j) * unit),
    );
  return { metres: grid(10_000), seconds: grid(1_200), source: 'test' };
}
