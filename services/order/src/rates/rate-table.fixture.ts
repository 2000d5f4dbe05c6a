import { OrderHttp } from '@freight/contracts';
import type { RateTable } from './rate-table.entity';

/** A rate table for unit specs: SH→WH and SH→GZ, class 3 and 8 carried (test data only). */
export function rateTableFixture(overrides: Partial<RateTable> = {}): RateTable {
  return {
    rateTableId: 'RT-0001',
    version: 1,
    name: 'spec tariff',
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validTo: null,
    volumetricFactorKgPerM3: 250,
    minimumChargeMinor: 5000,
    dangerousGoodsSurchargeMinor: { '3': 30000, '8': 25000 },
    fees: OrderHttp.exampleRateTable.fees,
    regions: [
      { code: 'SH', name: '上海', cities: ['上海市'] },
      { code: 'WH', name: '武汉', cities: ['武汉市'] },
      { code: 'GZ', name: '广东', cities: ['广东省'] },
    ],
    lanes: [
      {
        origin: 'SH',
        destination: 'WH',
        leadTimeDays: 2,
        weightBreaks: [
          { fromKg: 0, perKgMinor: 120 },
          { fromKg: 500, perKgMinor: 95 },
        ],
        volumeBreaks: [{ fromM3: 0, perM3Minor: 26000 }],
      },
      {
        origin: 'SH',
        destination: 'GZ',
        leadTimeDays: 3,
        minimumChargeMinor: 8000,
        weightBreaks: [{ fromKg: 0, perKgMinor: 150 }],
        volumeBreaks: [],
      },
    ],
    createdAt: new Date('2025-12-20T00:00:00Z'),
    createdBy: { userId: 'u-hq', username: 'hq-service' },
    ...overrides,
  };
}

export const SH = { province: '上海市', city: '上海市' };
export const WH = { province: '湖北省', city: '武汉市' };
export const GZ = { province: '广东省', city: '佛山市' };
export const NO_SERVICES = {
  pickup: false,
  deliveryMode: 'self-pickup' as const,
  podRequired: false,
};
