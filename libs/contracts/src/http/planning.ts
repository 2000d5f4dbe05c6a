import { z } from 'zod';
import {
  coordinates,
  jobKind,
  load,
  timeWindow,
  unservedJob,
} from '../events/planning/planning.schemas';
import {
  branchCode,
  calendarDate,
  dangerousGoodsClass,
  instant,
  money,
} from '../events/shared.schemas';
import { branchQuery, listOf, pageOf, pageQuery } from './common';

// The planning service's internal HTTP API as the gateway forwards and documents it (R40):
// the fleet per branch, the day's jobs (from order events), plans with their routes, pins,
// moves, publication, the map and the table of stops.

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = z.string().regex(TIME_OF_DAY, 'expected HH:MM');
const cny = money.refine((m) => m.currency === 'CNY', {
  message: 'costs are kept in CNY',
  path: ['currency'],
});

const shift = z
  .strictObject({ from: timeOfDay, to: timeOfDay })
  .refine((s) => s.from < s.to, { message: 'a shift ends after it starts', path: ['to'] })
  .describe('working hours in the branch’s time zone, e.g. 08:00–18:00');

/** PUT /fleet/vehicles/{id}: what a vehicle is (R40 inputs). */
export const vehicleBody = z.strictObject({
  name: z.string().min(1).max(100).describe('plate and kind, e.g. 沪A·T1001 4.2 m van'),
  weightCapacityKg: z.number().int().min(1).max(100_000),
  volumeCapacityM3: z.number().positive().max(500),
  shift,
  dangerousGoodsPermit: z.boolean().describe('may carry dangerous goods (R2)'),
  costPerKm: cny.describe('running cost per km, in fen'),
  costPerVehicle: cny.describe('cost of sending the vehicle out for a day (driver, fixed), in fen'),
});

/** POST /fleet/vehicles: a new vehicle of a branch. */
export const newVehicleBody = vehicleBody.extend({
  id: z
    .string()
    .regex(/^[A-Z0-9-]{2,32}$/, 'expected capitals, digits and dashes, e.g. SH01-T03')
    .describe('the fleet number'),
  branch: branchCode,
});

export const vehicleView = z.object({
  id: z.string(),
  branch: z.string(),
  name: z.string(),
  weightCapacityKg: z.number(),
  volumeCapacityM3: z.number(),
  shift: z.object({ from: z.string(), to: z.string() }),
  dangerousGoodsPermit: z.boolean(),
  costPerKm: money,
  costPerVehicle: money,
  active: z.boolean().describe('retired vehicles stay for the plans that used them'),
  updatedAt: instant,
});

export const fleetQuery = z.strictObject({
  ...branchQuery,
  active: z
    .enum(['true', 'false'])
    .optional()
    .describe('only active (true) or retired (false) vehicles'),
});

/** GET /jobs?date=: the day's pickups and deliveries of a branch (from order events). */
export const jobsQuery = z.strictObject({ ...branchQuery, date: calendarDate });

export const jobView = z.object({
  id: z.string().describe('`<waybill>:pickup` or `<waybill>:delivery`'),
  branch: z.string(),
  kind: jobKind,
  waybillNo: z.string(),
  orderId: z.string(),
  customer: z.string(),
  name: z.string(),
  phone: z.string(),
  address: z.string(),
  location: coordinates.nullable(),
  weightKg: z.number(),
  volumeM3: z.number(),
  dangerousGoodsClass,
  window: timeWindow,
  serviceMinutes: z.number().int(),
  date: calendarDate,
  status: z.enum(['open', 'cancelled']),
});

/** POST /plans: plan a branch's day (or plan it again: a new revision, pins kept). */
export const planDayBody = z.strictObject({
  branch: branchCode,
  date: calendarDate,
  timeLimitSeconds: z
    .number()
    .int()
    .min(1)
    .max(30)
    .optional()
    .describe('how long the solver searches'),
});

export const replanBody = z.strictObject({
  timeLimitSeconds: z.number().int().min(1).max(30).optional(),
});

/** POST /plans/{id}/pins: this stop goes on that vehicle at every re-plan. */
export const pinBody = z.strictObject({
  jobId: z.string().min(1).max(100),
  vehicleId: z.string().min(1).max(32),
});

/** POST /plans/{id}/moves: put a stop on a vehicle at a position (1 = first), checked at once. */
export const moveBody = z.strictObject({
  jobId: z.string().min(1).max(100),
  vehicleId: z.string().min(1).max(32),
  position: z.number().int().min(1).max(500),
});

export const stopView = z.object({
  seq: z.number().int(),
  jobId: z.string(),
  kind: jobKind,
  waybillNo: z.string(),
  name: z.string(),
  address: z.string(),
  location: coordinates,
  window: timeWindow,
  arrivalAt: instant,
  startAt: instant.describe('service starts (after waiting for the window, if early)'),
  departureAt: instant,
  weightKg: z.number(),
  volumeM3: z.number(),
  loadAfter: load,
  kmFromPrevious: z.number(),
  pinned: z.boolean(),
});

export const routeView = z.object({
  vehicleId: z.string(),
  vehicleName: z.string(),
  colour: z.string().describe('its colour on the map'),
  departAt: instant,
  returnAt: instant,
  km: z.number(),
  emptyKm: z.number(),
  startLoad: load.describe('deliveries loaded at the depot'),
  cost: money,
  stops: z.array(stopView),
});

export const planView = z.object({
  id: z.string(),
  branch: z.string(),
  date: calendarDate,
  revision: z.number().int(),
  status: z.enum(['draft', 'published']),
  stale: z.boolean().describe('orders changed since it was computed: re-plan before publishing'),
  staleReasons: z.array(z.object({ at: instant, waybillNo: z.string(), change: z.string() })),
  computedAt: instant,
  publishedAt: instant.nullable(),
  summary: z.object({
    vehicles: z.number().int().describe('vehicles needed'),
    fleet: z.number().int().describe('active vehicles of the branch'),
    jobs: z.number().int(),
    served: z.number().int(),
    unserved: z.number().int(),
    km: z.number(),
    emptyKm: z.number(),
    cost: money,
  }),
  routes: z.array(routeView),
  unserved: z.array(unservedJob),
  pins: z.array(z.object({ jobId: z.string(), vehicleId: z.string() })),
  settings: z.object({
    timeLimitSeconds: z.number(),
    distanceSource: z.string(),
    solver: z.string(),
    solveMillis: z.number(),
  }),
});

export const plansQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  date: calendarDate.optional(),
  status: z.enum(['draft', 'published']).optional(),
});

export const planSummaryView = planView.pick({
  id: true,
  branch: true,
  date: true,
  revision: true,
  status: true,
  stale: true,
  computedAt: true,
  publishedAt: true,
  summary: true,
});

/** GET /plans/{id}/stops: the table of stops, vehicle by vehicle. */
export const stopsTable = z.object({
  planId: z.string(),
  branch: z.string(),
  items: z.array(stopView.extend({ vehicleId: z.string(), vehicleName: z.string() })),
});

export const PlanningHttp = {
  vehicleBody,
  newVehicleBody,
  vehicleView,
  fleet: listOf(vehicleView),
  fleetQuery,
  jobsQuery,
  jobView,
  jobs: listOf(jobView),
  planDayBody,
  replanBody,
  pinBody,
  moveBody,
  planView,
  plansQuery,
  plans: pageOf(planSummaryView),
  stopsTable,
};
