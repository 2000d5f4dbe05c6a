import { z } from 'zod';
import {
  shipmentExceptionKind,
  trackingStatus,
} from '../events/dispatch-tracking/dispatch.tracking.recorded.v1';
import {
  branchCode,
  calendarDate,
  dangerousGoodsClass,
  instant,
  staffRole,
} from '../events/shared.schemas';
import { waybillNo } from '../waybill';
import { branchQuery, listOf, pageOf, pageQuery } from './common';

// The tracking service's internal HTTP API as the gateway forwards and documents it (R11–R14):
// request and answer schemas, imported by the service's controllers and the gateway's routes.

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');
const date = z.iso.date({ error: 'expected a date YYYY-MM-DD' });
const text = (max: number) => z.string().trim().min(1).max(max);
const who = z.object({ userId: z.string(), username: z.string() });
const place = z.object({ code: z.string(), name: z.string() });
/** Money in fen (R3 conventions): compensation is paid in CNY. */
const cny = z.strictObject({
  amountMinor: z.number().int().min(0).max(10_000_000_000).describe('amount in fen'),
  currency: z.literal('CNY'),
});
const moneyView = z.object({ amountMinor: z.number().int(), currency: z.string() });
/** A mainland mobile number: 11 digits starting with 1 (SMS goes only to mobiles). */
const mobile = z.string().regex(/^1\d{10}$/, 'expected an 11-digit mobile number starting with 1');

// ── shipments and timelines (R11) ──────────────────────────────────────────────────────────

const shipmentView = z.object({
  waybillNo: z.string(),
  orderId: z.string(),
  branch: z.string(),
  customer: z.object({ customerId: z.string(), company: z.string() }),
  lane: z.object({ origin: z.string(), destination: z.string() }),
  shipper: z.object({ name: z.string(), city: z.string() }),
  consignee: z.object({ name: z.string(), city: z.string(), district: z.string().nullable() }),
  cargo: z.object({
    description: z.string(),
    pieces: z.number(),
    weightKg: z.number(),
    volumeM3: z.number(),
    dangerousGoodsClass,
    packaging: z.string().nullable(),
  }),
  podRequired: z.boolean(),
  promisedDeliveryAt: instant,
  shipDate: calendarDate.describe('picked up on, or the planned pickup day (Asia/Shanghai)'),
  placedAt: instant,
  cancelled: z.object({ at: instant, reason: z.string() }).nullable(),
  status: trackingStatus.nullable().describe('null until dispatch reports the first step'),
  statusAt: instant.nullable(),
  lastPlace: place.nullable(),
  lastVehicle: z.string().nullable(),
  pickedUpAt: instant.nullable(),
  deliveredAt: instant.nullable(),
  onTime: z.boolean().nullable().describe('delivered by the promised time; null until delivered'),
});

const timelineStep = z.object({
  status: trackingStatus,
  occurredAt: instant,
  place,
  vehicle: z.object({ plate: z.string() }),
  driver: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  exception: z.object({ kind: shipmentExceptionKind, note: z.string() }).nullable(),
  recordedAt: instant.describe('when it reached us (it may arrive after later steps)'),
});

const timelineView = z.object({
  waybillNo: z.string(),
  branch: z.string(),
  status: trackingStatus.nullable(),
  items: z.array(timelineStep).describe('in the order things happened (occurredAt)'),
});

const shipmentListQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  status: trackingStatus.optional(),
  customerId: z.string().max(50).optional(),
  open: z.enum(['true', 'false']).optional().describe('true: not delivered and not cancelled'),
});

const shipmentPage = pageOf(shipmentView);

const waybillParam = waybillNo;

// ── exceptions (R13) ───────────────────────────────────────────────────────────────────────

const exceptionStepKind = z.enum([
  'raised',
  'note',
  'customer-contacted',
  'compensation-offered',
  'escalated',
  'closed',
]);

const exceptionStepView = z.object({
  seq: z.number().int(),
  kind: exceptionStepKind,
  at: instant,
  by: who.nullable().describe('null when the platform did it (a deadline, dispatch)'),
  role: staffRole.nullable(),
  text: z.string(),
  amount: moneyView.nullable(),
});

const exceptionSummary = z.object({
  id: z.string(),
  waybillNo: z.string(),
  branch: z.string(),
  customerId: z.string(),
  kind: shipmentExceptionKind,
  source: z.enum(['dispatch', 'agent', 'delay-detection']),
  note: z.string(),
  raisedAt: instant,
  raisedBy: who.nullable(),
  state: z.enum(['open', 'closed']),
  assignedRole: staffRole.describe('who handles it now (R13: the agent, then up the ladder)'),
  escalationLevel: z.number().int().describe('0 until its deadline or a person escalates it'),
  compensation: moneyView.nullable(),
  resolution: z.string().nullable(),
  closedAt: instant.nullable(),
  closedBy: who.nullable(),
});

const exceptionView = exceptionSummary.extend({ steps: z.array(exceptionStepView) });

const exceptionListQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  state: z.enum(['open', 'closed']).optional(),
  kind: shipmentExceptionKind.optional(),
  waybillNo: waybillNo.optional(),
  assignedRole: staffRole.optional(),
});

const exceptionPage = pageOf(exceptionSummary);

const newExceptionBody = z.strictObject({
  kind: shipmentExceptionKind,
  note: text(2000).describe('what the customer or the driver said'),
});

const exceptionStepBody = z.strictObject({
  kind: z.enum(['note', 'customer-contacted', 'compensation-offered']),
  text: text(2000),
  amount: cny.optional().describe('for `compensation-offered`'),
});

const escalateExceptionBody = z.strictObject({
  reason: text(2000).describe('why it is beyond you (R13)'),
});

const closeExceptionBody = z.strictObject({
  resolution: text(2000),
  compensation: cny
    .optional()
    .describe('paid to the customer; must be within the closing role’s authority (R13)'),
});

// ── notifications (R11) and customer preferences ──────────────────────────────────────────

const notificationView = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string().nullable().describe("null until sent: the customer file's address"),
  status: trackingStatus,
  subject: z.string().nullable(),
  body: z.string(),
  state: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: instant.nullable(),
  createdAt: instant,
});

const notificationList = listOf(notificationView).extend({ branch: z.string() });

const preferencesView = z.object({
  customerId: z.string(),
  branch: z.string(),
  company: z.string(),
  notifications: z.object({
    statuses: z.array(trackingStatus),
    emailTo: z.string().nullable(),
    smsTo: z.string().nullable(),
    isDefault: z.boolean().describe('true: nobody set them; the defaults apply'),
  }),
  podReturn: z.object({ mode: z.enum(['return', 'keep']), note: z.string().nullable() }),
});

const preferencesBody = z.strictObject({
  notifications: z.strictObject({
    statuses: z
      .array(trackingStatus)
      .max(6)
      .describe('the status changes the customer wants to hear of (R11)'),
    emailTo: z.email().max(200).nullable().describe('null: no e-mail'),
    smsTo: mobile.nullable().describe('null: no SMS'),
  }),
  podReturn: z.strictObject({
    mode: z
      .enum(['return', 'keep'])
      .describe('R14: PODs sent back each month, or kept by us at the customer’s request'),
    note: z.string().max(500).optional(),
  }),
});

// ── return receipts (R14) ──────────────────────────────────────────────────────────────────

const podState = z.enum(['expected', 'received', 'returned', 'kept']);

const podView = z.object({
  waybillNo: z.string(),
  branch: z.string(),
  customerId: z.string(),
  customerCompany: z.string(),
  deliveredAt: instant,
  state: podState,
  chaseDueAt: instant.describe('R14: missing PODs are chased from then'),
  chaseLevel: z.number().int(),
  custody: z
    .object({
      receivedAt: instant,
      receivedAtBranch: z.string(),
      receivedBy: who,
      filedAt: z.string().describe('where the paper is filed'),
      imageRef: z.string().nullable(),
      remarks: z.string().nullable(),
    })
    .nullable(),
  returnMonth: z.string().nullable(),
  batchId: z.string().nullable(),
  chases: z.array(
    z.object({
      at: instant,
      by: who.nullable(),
      role: staffRole.nullable(),
      level: z.number().int().nullable(),
      note: z.string(),
    }),
  ),
});

const podSummary = podView.omit({ chases: true });

const podListQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  state: podState.optional(),
  customerId: z.string().max(50).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: expected and past its chase date'),
});

const podPage = pageOf(podSummary);

const receivePodBody = z.strictObject({
  receivedAtBranch: branchCode.optional().describe('where the paper arrived; yours by default'),
  filedAt: text(200).describe('where it is filed, e.g. `SH01 cabinet 3, 2025-03`'),
  imageRef: z.string().max(500).optional().describe('the scan, if any'),
  remarks: z.string().max(1000).optional(),
});

const chasePodBody = z.strictObject({ note: text(1000) });

const returnBatchView = z.object({
  id: z.string(),
  branch: z.string(),
  month: z.string(),
  customerId: z.string(),
  customerCompany: z.string(),
  disposition: z.enum(['return', 'keep']),
  state: z.enum(['prepared', 'sent', 'kept']),
  waybillNos: z.array(z.string()),
  preparedAt: instant,
  preparedBy: who,
  courier: z.string().nullable(),
  courierRef: z.string().nullable(),
  sentAt: instant.nullable(),
  filedAt: z.string().nullable(),
});

const returnBatchQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  month: month.optional(),
  customerId: z.string().max(50).optional(),
  state: z.enum(['prepared', 'sent', 'kept']).optional(),
});

const returnBatchPage = pageOf(returnBatchView);

const buildReturnsBody = z.strictObject({
  branch: branchCode,
  month,
  archive: z
    .string()
    .max(200)
    .optional()
    .describe('where kept PODs are filed; `<branch> POD archive <month>` by default'),
});

const buildReturnsAnswer = z.object({
  branch: z.string(),
  month: z.string(),
  done: z.boolean().describe("the month's return is complete (its deadline closed, R39)"),
  items: z.array(returnBatchView),
});

const dispatchReturnBody = z.strictObject({
  courier: text(100),
  courierRef: text(100),
  sentAt: instant.optional().describe('now by default'),
});

// ── trip sheets and shipping notes (R14) ───────────────────────────────────────────────────

const tripSheetView = z.object({
  branch: z.string(),
  vehicle: z.string(),
  date: calendarDate.describe('the trip day in Asia/Shanghai'),
  waybillNos: z.array(z.string()),
  steps: z.number().int(),
  firstAt: instant,
  lastAt: instant,
  places: z.array(z.string()),
  drivers: z.array(z.string()),
  filing: z
    .object({ filedAt: instant, filedBy: who, location: z.string(), note: z.string().nullable() })
    .nullable(),
});

const tripSheetQuery = z.strictObject({
  ...branchQuery,
  from: date.describe('first trip day, inclusive'),
  to: date.describe('last trip day, inclusive (at most 31 days)'),
  vehicle: z.string().max(20).optional(),
});

const tripSheets = listOf(tripSheetView);

const fileTripSheetBody = z.strictObject({
  branch: branchCode,
  vehicle: text(20),
  date,
  location: text(200).describe('where the paper trip sheet is filed'),
  note: z.string().max(500).optional(),
});

const shippingNoteView = z.object({
  waybillNo: z.string(),
  branch: z.string(),
  shipDate: calendarDate,
  customerId: z.string(),
  customerCompany: z.string(),
  consignee: z.object({ name: z.string(), city: z.string() }),
  lane: z.object({ origin: z.string(), destination: z.string() }),
  pieces: z.number(),
  weightKg: z.number(),
  volumeM3: z.number(),
  status: trackingStatus.nullable(),
});

const shippingNotesFilters = {
  ...branchQuery,
  from: date.describe('first ship date, inclusive'),
  to: date.describe('last ship date, inclusive'),
  customerId: z.string().max(50).optional(),
};

const shippingNotesQuery = z.strictObject({ ...pageQuery, ...shippingNotesFilters });
const shippingNotesPage = pageOf(shippingNoteView);
const shippingNotesExportQuery = z.strictObject({
  ...shippingNotesFilters,
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

// ── cargo lookup (R12) ─────────────────────────────────────────────────────────────────────

const cargoLookupQuery = z
  .strictObject({
    ...branchQuery,
    waybillNo: z
      .string()
      .regex(/^[A-Za-z0-9]{3,12}$/, 'expected 3–12 letters or digits of the waybill number')
      .optional()
      .describe('the whole number or the part the caller has'),
    shipDateFrom: date.optional(),
    shipDateTo: date.optional(),
    origin: z.string().max(50).optional().describe('region code, city or district'),
    destination: z.string().max(50).optional(),
    packaging: z.string().max(50).optional(),
    features: z.string().max(200).optional().describe('words describing the cargo'),
    consigneePhone: z
      .string()
      .regex(/^\d{4,11}$/, 'expected 4–11 digits')
      .optional()
      .describe('the whole number or its last digits'),
    pieces: z.coerce.number().int().min(1).max(100_000).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .refine(
    (q) =>
      [
        q.waybillNo,
        q.shipDateFrom,
        q.shipDateTo,
        q.origin,
        q.destination,
        q.packaging,
        q.features,
        q.consigneePhone,
        q.pieces,
      ].some((v) => v !== undefined),
    { message: 'give at least one fact the caller knows', path: ['waybillNo'] },
  );

const cargoMatch = z.enum([
  'waybill',
  'consignee-phone',
  'ship-date',
  'origin',
  'destination',
  'packaging',
  'features',
  'pieces',
]);

const cargoCandidate = z.object({
  waybillNo: z.string(),
  branch: z.string(),
  score: z.number().describe('higher is likelier; candidates come best first'),
  matched: z.array(cargoMatch),
  shipment: shipmentView,
});

const cargoCandidates = listOf(cargoCandidate);

// ── the customer's own view (public) and dispatch's unknown waybills ───────────────────────

const publicTrackingQuery = z.strictObject({
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, 'expected the last 4 digits of the consignee phone')
    .describe("the last 4 digits of the consignee's phone, as on the waybill"),
});

const publicTrackingView = z.object({
  waybillNo: z.string(),
  status: trackingStatus.nullable(),
  statusText: z.string().describe('the status in Chinese, as the customer reads it'),
  promisedDeliveryAt: instant,
  steps: z.array(
    z.object({
      status: trackingStatus,
      statusText: z.string(),
      occurredAt: instant,
      place: z.string(),
    }),
  ),
});

const parkedWaybills = listOf(
  z.object({
    waybillNo: z.string(),
    steps: z.number().int(),
    firstRecordedAt: instant,
    lastRecordedAt: instant,
  }),
);

/** One waybill's tracking for the gateway's composed view (GET /api/v1/waybills/{no}). */
const waybillTrackingView = z.object({
  branch: z.string(),
  shipment: shipmentView,
  timeline: z.array(timelineStep),
  exceptions: z.array(exceptionSummary),
  pod: podSummary.nullable(),
});

/** Every schema of the tracking service's internal API, one namespace (no name clashes). */
export const TrackingHttp = {
  shipmentView,
  timelineStep,
  timelineView,
  shipmentListQuery,
  shipmentPage,
  waybillParam,
  exceptionStepKind,
  exceptionStepView,
  exceptionSummary,
  exceptionView,
  exceptionListQuery,
  exceptionPage,
  newExceptionBody,
  exceptionStepBody,
  escalateExceptionBody,
  closeExceptionBody,
  notificationView,
  notificationList,
  preferencesView,
  preferencesBody,
  podState,
  podView,
  podSummary,
  podListQuery,
  podPage,
  receivePodBody,
  chasePodBody,
  returnBatchView,
  returnBatchQuery,
  returnBatchPage,
  buildReturnsBody,
  buildReturnsAnswer,
  dispatchReturnBody,
  tripSheetView,
  tripSheetQuery,
  tripSheets,
  fileTripSheetBody,
  shippingNoteView,
  shippingNotesQuery,
  shippingNotesPage,
  shippingNotesExportQuery,
  cargoLookupQuery,
  cargoMatch,
  cargoCandidate,
  cargoCandidates,
  publicTrackingQuery,
  publicTrackingView,
  parkedWaybills,
  waybillTrackingView,
};
