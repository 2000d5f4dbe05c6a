import { DEMO_BRANCHES, type PlanningHttp } from '@freight/contracts';
import type { DemoDataContext } from '@freight/platform';
import type { z } from 'zod';
import { Vehicle } from './vehicle.entity';
import { ManageFleetHandler } from './manage-fleet.handler';

type NewVehicle = z.output<typeof PlanningHttp.newVehicleBody>;

const PLATE_PREFIX: Record<string, string> = { SH01: '沪A', GZ01: '粤A', WH01: '鄂A' };
const fen = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/**
 * Each demo branch's fleet (R40): two 4.2 m vans for city pickups and a 7.6 m truck with a
 * dangerous-goods permit, on a 08:00–18:00 shift. Costs are typical of Chinese city LTL
 * (¥3.5/km and ¥400 a day for a van, ¥6/km and ¥800 for the truck).
 */
export function demoFleet(branch: string): NewVehicle[] {
  const plate = PLATE_PREFIX[branch] ?? branch;
  const shift = { from: '08:00', to: '18:00' };
  const van = (n: number): NewVehicle => ({
    id: `${branch}-V0${n}`,
    branch,
    name: `${plate}·V10${n} 4.2 m van`,
    weightCapacityKg: 1_500,
    volumeCapacityM3: 16,
    shift,
    dangerousGoodsPermit: false,
    costPerKm: fen(350),
    costPerVehicle: fen(40_000),
  });
  return [
    van(1),
    van(2),
    {
      id: `${branch}-T01`,
      branch,
      name: `${plate}·T201 7.6 m truck (DG)`,
      weightCapacityKg: 5_000,
      volumeCapacityM3: 40,
      shift,
      dangerousGoodsPermit: true,
      costPerKm: fen(600),
      costPerVehicle: fen(80_000),
    },
  ];
}

/**
 * A fleet per demo branch, through the use case; vehicles already there are left as they are.
 * The day's jobs come from the order service's demo orders (their events), whenever they
 * arrive: plans are made on demand (POST /api/v1/plans), never assumed at boot.
 */
export async function seedDemoFleet({ dataSource, get }: DemoDataContext): Promise<void> {
  const fleet = get(ManageFleetHandler);
  for (const branch of DEMO_BRANCHES)
    for (const vehicle of demoFleet(branch.code))
      if (!(await dataSource.getRepository(Vehicle).findOneBy({ id: vehicle.id })))
        await fleet.add(vehicle);
}
