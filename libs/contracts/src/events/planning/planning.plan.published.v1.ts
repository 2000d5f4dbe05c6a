import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { instant, staffRef } from '../shared.schemas';
import { coordinates, jobKind, load, planRef, timeWindow, unservedJob } from './planning.schemas';

export const planningPlanPublishedV1Schema = z.object({
  ...planRef,
  publishedAt: instant,
  publishedBy: staffRef.describe('the dispatcher or branch manager who published it'),
  vehicles: z.number().int().min(0).describe('vehicles sent out that day (R40)'),
  km: z.number().min(0).describe('total distance of every route, depot to depot'),
  emptyKm: z.number().min(0).describe('distance driven with nothing on board (R40: keep it low)'),
  distanceSource: z
    .string()
    .describe('how distances were measured: `great-circle×1.3` (an approximation) or `osrm`'),
  routes: z.array(
    z.object({
      vehicleId: z.string(),
      vehicleName: z.string(),
      departAt: instant.describe('leaves the depot'),
      returnAt: instant.describe('back at the depot'),
      km: z.number().min(0),
      emptyKm: z.number().min(0),
      stops: z.array(
        z.object({
          seq: z.number().int().min(1),
          jobId: z.string(),
          kind: jobKind,
          waybillNo: z.string(),
          name: z.string().describe('shipper (pickup) or consignee (delivery)'),
          address: z.string(),
          location: coordinates,
          window: timeWindow,
          arrivalAt: instant,
          departureAt: instant,
          loadAfter: load.describe('on board after the stop'),
        }),
      ),
    }),
  ),
  unserved: z.array(unservedJob).describe('jobs no vehicle takes that day, each with its reason'),
});

export const planningPlanPublishedV1 = defineEvent({
  type: 'planning.plan.published',
  version: 1,
  topic: serviceEventsTopic('planning'),
  schema: planningPlanPublishedV1Schema,
  key: (data) => data.planId,
  description:
    'A branch’s pickup and delivery plan for a day was published to dispatch (R40): every vehicle’s route with its stops in order, arrival times and load, and the jobs left unserved with their reasons. A later revision of the same plan replaces the earlier one (same key: in order).',
  example: {
    planId: 'PLN-SH01-20250312',
    branch: 'SH01',
    date: '2025-03-12',
    revision: 2,
    publishedAt: '2025-03-11T10:00:00Z',
    publishedBy: { userId: 'u-dispatch-1', username: 'dispatcher' },
    vehicles: 1,
    km: 58.4,
    emptyKm: 21.9,
    distanceSource: 'great-circle×1.3',
    routes: [
      {
        vehicleId: 'SH01-T02',
        vehicleName: '沪A·T1002 7.6 m truck (DG)',
        departAt: '2025-03-12T00:30:00Z',
        returnAt: '2025-03-12T03:10:00Z',
        km: 58.4,
        emptyKm: 21.9,
        stops: [
          {
            seq: 1,
            jobId: 'SH0000000422:pickup',
            kind: 'pickup' as const,
            waybillNo: 'SH0000000422',
            name: '湖北精细化工有限公司',
            address: '上海市浦东新区张江路 88 号',
            location: { lat: 31.2, lng: 121.6 },
            window: { from: '2025-03-12T01:00:00Z', to: '2025-03-12T05:00:00Z' },
            arrivalAt: '2025-03-12T01:00:00Z',
            departureAt: '2025-03-12T01:15:00Z',
            loadAfter: { weightKg: 860, volumeM3: 2.4 },
          },
        ],
      },
    ],
    unserved: [
      {
        jobId: 'SH0000000430:pickup',
        waybillNo: 'SH0000000430',
        kind: 'pickup' as const,
        reason: 'over-capacity' as const,
        detail: '12000 kg, 30 m³: the largest vehicle carries 5000 kg, 35 m³',
      },
    ],
  },
});
