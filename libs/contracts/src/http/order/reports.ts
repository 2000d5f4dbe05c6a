import { z } from 'zod';
import { branchQuery } from '../common';
import { calendarDate } from '../../events/shared.schemas';

// R7: the daily volume report — per day, shipments, pieces, weight, volume and revenue, by
// branch, customer or lane.

export const VOLUME_GROUPINGS = ['branch', 'customer', 'lane'] as const;

/** GET /reports/daily-volume[.csv|.xlsx]: local dates (Asia/Shanghai), `to` inclusive, ≤ 92 days. */
export const dailyVolumeQuery = z
  .strictObject({
    ...branchQuery,
    from: calendarDate.describe('first day, YYYY-MM-DD (Asia/Shanghai)'),
    to: calendarDate.describe('last day, inclusive'),
    groupBy: z.enum(VOLUME_GROUPINGS).default('branch'),
  })
  .refine((q) => q.to >= q.from, { message: 'must not be before from', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < 92, {
    message: 'at most 92 days',
    path: ['to'],
  });

export const dailyVolumeRow = z.object({
  date: calendarDate,
  branch: z.string(),
  customerId: z.string().optional(),
  company: z.string().optional(),
  lane: z.string().optional().describe('`SH→WH`'),
  shipments: z.number().int(),
  pieces: z.number().int(),
  weightKg: z.number(),
  volumeM3: z.number(),
  revenue: z.object({ amountMinor: z.number().int(), currency: z.string() }).describe('net of VAT'),
});

export const dailyVolumeView = z.object({
  from: calendarDate,
  to: calendarDate,
  groupBy: z.enum(VOLUME_GROUPINGS),
  items: z.array(dailyVolumeRow).describe('one row per day and group; cancelled orders left out'),
  totals: dailyVolumeRow.omit({
    date: true,
    branch: true,
    customerId: true,
    company: true,
    lane: true,
  }),
});
