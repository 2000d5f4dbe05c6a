import type { z } from 'zod';
import type { PlanningHttp } from '@freight/contracts';
import { atLocalTime } from '../jobs/job.rules';
import type { DayVehicle } from '../plans/plan.model';
import type { Vehicle } from './vehicle.entity';

export type VehicleBody = z.output<typeof PlanningHttp.vehicleBody>;
export type VehicleView = z.infer<typeof PlanningHttp.vehicleView>;

export function vehicleView(v: Vehicle): VehicleView {
  return {
    id: v.id,
    branch: v.branch,
    name: v.name,
    weightCapacityKg: v.weightCapacityKg,
    volumeCapacityM3: Number(v.volumeCapacityM3),
    shift: { from: v.shiftFrom, to: v.shiftTo },
    dangerousGoodsPermit: v.dangerousGoodsPermit,
    costPerKm: { amountMinor: v.costPerKmMinor, currency: v.currency },
    costPerVehicle: { amountMinor: v.costPerVehicleMinor, currency: v.currency },
    active: v.active,
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** The columns a vehicle's description sets. */
export function vehicleColumns(body: VehicleBody): Partial<Vehicle> {
  return {
    name: body.name,
    weightCapacityKg: body.weightCapacityKg,
    volumeCapacityM3: String(body.volumeCapacityM3),
    shiftFrom: body.shift.from,
    shiftTo: body.shift.to,
    dangerousGoodsPermit: body.dangerousGoodsPermit,
    costPerKmMinor: body.costPerKm.amountMinor,
    costPerVehicleMinor: body.costPerVehicle.amountMinor,
    currency: body.costPerKm.currency,
  };
}

/** A vehicle on the plan day: its shift as instants in the branch's time zone. */
export function dayVehicleOf(v: Vehicle, date: string, timeZone: string): DayVehicle {
  return {
    id: v.id,
    name: v.name,
    weightCapacityKg: v.weightCapacityKg,
    volumeCapacityM3: Number(v.volumeCapacityM3),
    dangerousGoodsPermit: v.dangerousGoodsPermit,
    shiftStart: atLocalTime(date, v.shiftFrom, timeZone),
    shiftEnd: atLocalTime(date, v.shiftTo, timeZone),
    costPerKmMinor: v.costPerKmMinor,
    costPerVehicleMinor: v.costPerVehicleMinor,
  };
}
