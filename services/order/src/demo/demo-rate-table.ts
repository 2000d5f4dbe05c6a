import { DEMO_REGIONS, OrderHttp } from '@freight/contracts';
import { ImportRateTableHandler } from '../rates/import-rate-table.handler';
import { RateTable } from '../rates/rate-table.entity';
import type { DemoContext } from './demo-seed';

// R3: the demo tariff between the three branch cities, imported as CSV like a pricing clerk
// would: kg breaks at 0 / 500 / 3,000 kg, a volume rate for light cargo, 2–3 days' transit.

const LANES: [string, string, number, number, number, number][] = [
  // origin, destination, ¥/kg from 0, from 500, from 3000, transit days
  ['SH', 'WH', 1.2, 0.95, 0.78, 2],
  ['SH', 'GZ', 1.45, 1.15, 0.92, 3],
  ['WH', 'SH', 1.15, 0.9, 0.75, 2],
  ['WH', 'GZ', 1.1, 0.88, 0.72, 2],
  ['GZ', 'SH', 1.4, 1.1, 0.9, 3],
  ['GZ', 'WH', 1.05, 0.85, 0.7, 2],
  ['SH', 'SH', 0.6, 0.45, 0.35, 1],
  ['GZ', 'GZ', 0.6, 0.45, 0.35, 1],
  ['WH', 'WH', 0.55, 0.42, 0.33, 1],
];

export function demoRateCsv(): string {
  const lines = ['origin,destination,basis,from,rate,lead_days,minimum_charge'];
  for (const [o, d, r0, r500, r3000, days] of LANES) {
    lines.push(`${o},${d},kg,0,${r0.toFixed(2)},${days},50.00`);
    lines.push(`${o},${d},kg,500,${r500.toFixed(2)},${days},50.00`);
    lines.push(`${o},${d},kg,3000,${r3000.toFixed(2)},${days},50.00`);
    lines.push(`${o},${d},m3,0,${(r0 * 220).toFixed(2)},${days},50.00`);
  }
  return lines.join('\n');
}

/** The demo tariff as `POST /rate-tables` takes it, valid from `validFrom`. */
export const demoTariffBody = (validFrom: Date) => ({
  name: 'demo standard tariff',
  validFrom: validFrom.toISOString(),
  volumetricFactorKgPerM3: 250,
  minimumChargeMinor: 5_000,
  dangerousGoodsSurchargeMinor: { '3': 30_000, '8': 25_000, '9': 20_000 },
  fees: {
    pickupMinor: 5_000,
    doorDeliveryMinor: 8_000,
    podMinor: 1_000,
    insurancePermille: 3,
    codPercent: 1,
  },
  regions: Object.entries(DEMO_REGIONS).map(([code, city]) => ({
    code,
    name: city,
    cities: [city],
  })),
  csv: demoRateCsv(),
});

export async function seedDemoRateTable(ctx: DemoContext): Promise<void> {
  if ((await ctx.dataSource.manager.count(RateTable)) > 0) return;
  const validFrom = new Date(ctx.clock.now().getTime() - 120 * 86_400_000);
  await ctx
    .get(ImportRateTableHandler)
    .handle(OrderHttp.newRateTableBody.parse(demoTariffBody(validFrom)), {
      userId: 'demo-hq-service',
      username: 'hq-service',
    });
}
