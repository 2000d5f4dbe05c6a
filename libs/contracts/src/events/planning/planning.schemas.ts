import { z } from 'zod';
import { branchCode, calendarDate, instant } from '../shared.schemas';

// Shapes the planning service's events and API share (R40).

export const coordinates = z
  .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .describe('WGS 84');

export const timeWindow = z.object({ from: instant, to: instant });

export const jobKind = z
  .enum(['pickup', 'delivery'])
  .describe('pickup at the shipper (提货) or door delivery to the consignee (送货上门)');

/** Why a job is left out of a plan (issue 25 item 8). */
export const unservedReason = z
  .enum([
    'no-coordinates',
    'over-capacity',
    'no-dangerous-goods-vehicle',
    'outside-shifts',
    'no-vehicles',
    'no-feasible-route',
  ])
  .describe(
    '`no-coordinates`: the address has none; `over-capacity`: heavier or bulkier than any vehicle that may carry it; ' +
      '`no-dangerous-goods-vehicle`: dangerous goods and no vehicle with a permit; `outside-shifts`: its window meets ' +
      'no shift; `no-vehicles`: the branch has no fleet; `no-feasible-route`: no vehicle could fit it in within capacity and time',
  );

export const unservedJob = z.object({
  jobId: z.string(),
  waybillNo: z.string(),
  kind: jobKind,
  reason: unservedReason,
  detail: z.string().describe('the reason in words a dispatcher reads'),
});

export const load = z.object({ weightKg: z.number().min(0), volumeM3: z.number().min(0) });

export const planRef = {
  planId: z.string().min(1).describe('one plan per branch and day: `PLN-<branch>-<yyyymmdd>`'),
  branch: branchCode,
  date: calendarDate.describe('the day planned, in the branch’s time zone'),
  revision: z
    .number()
    .int()
    .min(1)
    .describe('each computation of the day’s plan is a new revision'),
};
