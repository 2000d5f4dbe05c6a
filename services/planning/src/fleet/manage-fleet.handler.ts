import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { PlanningHttp } from '@freight/contracts';
import { Transactions } from '@freight/platform';
import { VehicleExists } from './fleet.errors';
import { VehicleBody, vehicleColumns, vehicleView, VehicleView } from './fleet.rules';
import { Vehicle } from './vehicle.entity';

type NewVehicle = z.output<typeof PlanningHttp.newVehicleBody>;

/**
 * R40 inputs: a branch's fleet, kept by its dispatcher or branch manager. A retired vehicle is
 * kept (plans name it) but no longer planned.
 */
@Injectable()
export class ManageFleetHandler {
  constructor(private readonly transactions: Transactions) {}

  add(body: NewVehicle): Promise<VehicleView> {
    return this.transactions.run(async (tx) => {
      if (await tx.manager.findOneBy(Vehicle, { id: body.id })) throw new VehicleExists(body.id);
      const vehicle = tx.manager.create(Vehicle, {
        id: body.id,
        branch: body.branch,
        active: true,
        ...vehicleColumns(body),
      });
      return vehicleView(await tx.manager.save(vehicle));
    });
  }

  /** Describes the vehicle anew; a retired one comes back into service. */
  update(id: string, body: VehicleBody): Promise<VehicleView> {
    return this.transactions.run(async (tx) => {
      const vehicle = await tx.lock(Vehicle, { id }, `vehicle ${id}`);
      Object.assign(vehicle, vehicleColumns(body), { active: true });
      return vehicleView(await tx.manager.save(vehicle));
    });
  }

  retire(id: string): Promise<VehicleView> {
    return this.transactions.run(async (tx) => {
      const vehicle = await tx.lock(Vehicle, { id }, `vehicle ${id}`);
      vehicle.active = false;
      return vehicleView(await tx.manager.save(vehicle));
    });
  }
}
