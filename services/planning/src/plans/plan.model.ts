// The plain shapes the plan rules work on (no entities, no Nest): a day's jobs and vehicles.

export interface LatLng {
  lat: number;
  lng: number;
}

export interface DayJob {
  id: string;
  kind: 'pickup' | 'delivery';
  waybillNo: string;
  name: string;
  address: string;
  location: LatLng | null;
  weightKg: number;
  volumeM3: number;
  dangerousGoods: boolean;
  window: { from: Date; to: Date };
  serviceMinutes: number;
}

export interface DayVehicle {
  id: string;
  name: string;
  weightCapacityKg: number;
  volumeCapacityM3: number;
  dangerousGoodsPermit: boolean;
  /** the shift on the plan day, as instants */
  shiftStart: Date;
  shiftEnd: Date;
  costPerKmMinor: number;
  costPerVehicleMinor: number;
}

/** Distances (metres) and travel times (seconds) between the depot (index 0) and the stops. */
export interface DistanceMatrix {
  metres: number[][];
  seconds: number[][];
  /** how they were measured, e.g. `great-circle×1.3` or `osrm` */
  source: string;
}
