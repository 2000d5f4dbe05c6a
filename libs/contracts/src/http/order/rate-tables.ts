import { z } from 'zod';
import { pageOf, pageQuery } from '../common';
import { instant, staffRef } from '../../events/shared.schemas';
import { fen } from './parts';

// R3: versioned rate tables — lanes between regions with weight and volume breaks, a volumetric
// factor, a minimum charge, dangerous-goods surcharges per class, and the auxiliary fees.

const regionCode = z
  .string()
  .regex(/^[A-Z]{2,6}$/, 'expected a region code of 2–6 capital letters, e.g. SH');

export const regionBody = z.strictObject({
  code: regionCode,
  name: z.string().min(1).max(50),
  cities: z
    .array(z.string().min(1).max(50))
    .min(1)
    .describe('cities (or provinces) the region covers, as addresses name them: `上海市`'),
});

const weightBreak = z.strictObject({
  fromKg: z.number().min(0).describe('this rate applies from this chargeable weight up'),
  perKgMinor: fen.describe('fen per chargeable kg'),
});
const volumeBreak = z.strictObject({
  fromM3: z.number().min(0),
  perM3Minor: fen.describe('fen per m³'),
});

export const laneBody = z.strictObject({
  origin: regionCode,
  destination: regionCode,
  leadTimeDays: z.number().int().min(0).max(60).default(2).describe('promised transit days'),
  minimumChargeMinor: fen
    .optional()
    .describe("this lane's minimum charge (最低一票), if not the table's"),
  weightBreaks: z.array(weightBreak).min(1),
  volumeBreaks: z.array(volumeBreak).default([]).describe('rates for light cargo (泡货) by m³'),
});

const dgClass = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);

const rateTableFields = {
  name: z.string().min(1).max(100).describe('e.g. `2026 standard tariff`'),
  validFrom: instant,
  validTo: instant.optional().describe('exclusive; open-ended when left out'),
  volumetricFactorKgPerM3: z
    .number()
    .positive()
    .max(1_000)
    .describe('chargeable weight = max(kg, m³ × factor); road LTL uses 200–333'),
  minimumChargeMinor: fen.describe('minimum charge per waybill (最低一票), fen'),
  dangerousGoodsSurchargeMinor: z
    .partialRecord(dgClass, fen)
    .default({})
    .describe('surcharge per waybill by UN class; a class not listed is not carried (analysis)'),
  fees: z
    .strictObject({
      pickupMinor: fen.default(0).describe('pickup at the shipper (提货费)'),
      doorDeliveryMinor: fen.default(0).describe('delivery to the door (送货费)'),
      podMinor: fen.default(0).describe('return receipt (回单费)'),
      insurancePermille: z.number().min(0).max(100).default(0).describe('‰ of the declared value'),
      codPercent: z.number().min(0).max(10).default(0).describe('% of the COD amount'),
    })
    .prefault({}),
  regions: z.array(regionBody).min(1),
};

/**
 * POST /rate-tables: a new version. Lanes either as CSV (`csv`, one line per break:
 * `origin,destination,basis,from,rate,lead_days,minimum_charge`, rates in yuan) or structured
 * (`lanes`), not both.
 */
export const newRateTableBody = z
  .strictObject({
    ...rateTableFields,
    csv: z.string().min(1).max(90_000).optional().describe('the lanes as CSV (see the example)'),
    lanes: z.array(laneBody).min(1).max(2_000).optional(),
  })
  .refine((b) => (b.csv === undefined) !== (b.lanes === undefined), {
    message: 'give the lanes either as `csv` or as `lanes`',
    path: ['lanes'],
  })
  .refine((b) => !b.validTo || Date.parse(b.validTo) > Date.parse(b.validFrom), {
    message: 'must be after validFrom',
    path: ['validTo'],
  });

export const rateLaneView = z.object({
  origin: z.string(),
  destination: z.string(),
  leadTimeDays: z.number().int(),
  minimumChargeMinor: z.number().int().optional(),
  weightBreaks: z.array(z.object({ fromKg: z.number(), perKgMinor: z.number().int() })),
  volumeBreaks: z.array(z.object({ fromM3: z.number(), perM3Minor: z.number().int() })),
});

export const rateTableSummaryView = z.object({
  rateTableId: z.string(),
  version: z.number().int(),
  name: z.string(),
  validFrom: instant,
  validTo: instant.nullable(),
  applicableNow: z.boolean().describe('the table quotes use right now (R3)'),
  lanes: z.number().int().describe('how many lanes it has'),
  createdAt: instant,
  createdBy: staffRef,
});

export const rateTableView = rateTableSummaryView.extend({
  lanes: z.array(rateLaneView),
  volumetricFactorKgPerM3: z.number(),
  minimumChargeMinor: z.number().int(),
  dangerousGoodsSurchargeMinor: z.record(z.string(), z.number().int()),
  fees: z.object({
    pickupMinor: z.number().int(),
    doorDeliveryMinor: z.number().int(),
    podMinor: z.number().int(),
    insurancePermille: z.number(),
    codPercent: z.number(),
  }),
  regions: z.array(z.object({ code: z.string(), name: z.string(), cities: z.array(z.string()) })),
});

export const rateTableListQuery = z.strictObject({ ...pageQuery });
export const rateTablePage = pageOf(rateTableSummaryView);

export const exampleRateTable = {
  name: '2026 standard tariff',
  validFrom: '2026-01-01T00:00:00+08:00',
  volumetricFactorKgPerM3: 250,
  minimumChargeMinor: 5000,
  dangerousGoodsSurchargeMinor: { '3': 30000, '8': 25000, '9': 20000 },
  fees: {
    pickupMinor: 5000,
    doorDeliveryMinor: 8000,
    podMinor: 1000,
    insurancePermille: 3,
    codPercent: 1,
  },
  regions: [
    { code: 'SH', name: '上海', cities: ['上海市'] },
    { code: 'WH', name: '武汉', cities: ['武汉市'] },
  ],
  csv: [
    'origin,destination,basis,from,rate,lead_days,minimum_charge',
    'SH,WH,kg,0,1.20,2,50.00',
    'SH,WH,kg,500,0.95,2,50.00',
    'SH,WH,m3,0,260.00,2,50.00',
  ].join('\n'),
};
