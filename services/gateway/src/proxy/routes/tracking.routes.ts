import { pathId } from '@freight/platform';
import { TrackingHttp as Http } from '@freight/contracts';
import type { Role } from '../../users/roles';
import { branchIn, ProxiedRoute, route } from '../proxied-route';

// The tracking service's routes (issue 22): timelines (R11), exceptions and their steps (R13),
// cargo lookup (R12), PODs and monthly return batches, trip sheets, shipping notes (R14), and
// the customers' public tracking. Who may do what (R41) is written down in docs/desks/tracking.md.

/** Everyone who answers for shipments; the manufacturing warehouse's keeper and QC do not. */
export const TRACKING_READERS: readonly Role[] = [
  'agent',
  'branch-manager',
  'hq-service',
  'documents-clerk',
  'dispatcher',
  'finance',
  'general-manager',
  'admin',
];
/** R13: who handles exceptions — the agent, their superiors up the ladder. */
const HANDLERS: readonly Role[] = ['agent', 'branch-manager', 'hq-service', 'general-manager'];
/** R12: who takes cargo lookup calls. */
const LOOKERS: readonly Role[] = [
  'agent',
  'branch-manager',
  'hq-service',
  'general-manager',
  'dispatcher',
  'documents-clerk',
];
/** R14: who takes PODs into custody and chases missing ones (the documents desk, the agents). */
const POD_KEEPERS: readonly Role[] = ['documents-clerk', 'agent', 'branch-manager', 'hq-service'];
/** R14: who sorts the month's PODs and sends them back. */
const RETURNERS: readonly Role[] = ['documents-clerk', 'branch-manager', 'hq-service'];
/** R11/R14: who records what a customer asked for. */
const PREFERENCE_EDITORS: readonly Role[] = ['agent', 'branch-manager', 'hq-service'];
/** R14: who files trip sheets. */
const TRIP_FILERS: readonly Role[] = ['documents-clerk', 'dispatcher', 'branch-manager'];
/** Dispatch's waybills no order names yet: the dispatch desk and HQ sort them out. */
const PARKED_READERS: readonly Role[] = ['dispatcher', 'hq-service', 'general-manager', 'admin'];

const waybill = { waybillNo: Http.waybillParam };
const id = { id: pathId };
const PDF = ['application/pdf'];
const SHEETS = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

const shipments: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'shipments',
    service: 'tracking',
    to: '/shipments',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.shipmentListQuery,
    response: Http.shipmentPage,
    summary: 'Shipments, newest orders first (R11): by status, customer, open ones',
  }),
  route({
    method: 'GET',
    path: 'shipments/:waybillNo',
    service: 'tracking',
    to: '/shipments/:waybillNo',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: waybill,
    response: Http.shipmentView,
    summary: 'One shipment: the order as tracking knows it and where it is now (R11)',
  }),
  route({
    method: 'GET',
    path: 'shipments/:waybillNo/timeline',
    service: 'tracking',
    to: '/shipments/:waybillNo/timeline',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: waybill,
    response: Http.timelineView,
    summary: "A shipment's timeline from dispatch, in the order things happened (R11)",
  }),
  route({
    method: 'GET',
    path: 'shipments/:waybillNo/notifications',
    service: 'tracking',
    to: '/shipments/:waybillNo/notifications',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: waybill,
    response: Http.notificationList,
    summary:
      'What the customer was told about a shipment, by mail and SMS, and whether it reached them (R11)',
  }),
  route({
    method: 'GET',
    path: 'dispatch/parked',
    service: 'tracking',
    to: '/dispatch/parked',
    roles: PARKED_READERS,
    scope: 'company',
    response: Http.parkedWaybills,
    summary: 'Waybills dispatch reported that no order names yet: parked until it arrives (R11)',
  }),
  route({
    method: 'GET',
    path: 'cargo-lookup',
    service: 'tracking',
    to: '/cargo-lookup',
    roles: LOOKERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.cargoLookupQuery,
    response: Http.cargoCandidates,
    summary: 'R12 cargo lookup: candidate shipments for what the caller knows, likeliest first',
  }),
  route({
    method: 'GET',
    path: 'public/tracking/:waybillNo',
    service: 'tracking',
    to: '/public/tracking/:waybillNo',
    roles: 'public',
    scope: 'company',
    params: waybill,
    query: Http.publicTrackingQuery,
    response: Http.publicTrackingView,
    summary:
      "Customers' own tracking: the waybill number and the last 4 digits of the consignee's phone",
    description:
      'Shows the status and the timeline only (no names, phones, addresses, vehicles or prices). A wrong guess and an unknown waybill answer the same 404; after a few wrong guesses in an hour a waybill answers 404 to everyone for the rest of the hour. Rate-limited per address.',
  }),
];

const exceptions: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'exceptions',
    service: 'tracking',
    to: '/exceptions',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.exceptionListQuery,
    response: Http.exceptionPage,
    summary: 'Shipment exceptions, newest first (R13): open ones, by kind, by who holds them',
  }),
  route({
    method: 'GET',
    path: 'exceptions/:id',
    service: 'tracking',
    to: '/exceptions/:id',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: id,
    response: Http.exceptionView,
    summary: 'One exception with every step taken (R13 "tracked to closure")',
  }),
  route({
    method: 'POST',
    path: 'shipments/:waybillNo/exceptions',
    service: 'tracking',
    to: '/shipments/:waybillNo/exceptions',
    roles: HANDLERS,
    scope: branchIn.recordAt('/shipments/:waybillNo', 'branch'),
    params: waybill,
    body: Http.newExceptionBody,
    response: Http.exceptionView,
    status: 201,
    target: 'param:waybillNo',
    summary:
      'Record an exception a customer or driver reported (R13); the branch manager is told at once',
    example: { kind: 'damage', note: 'consignee reports 2 of 12 drums dented' },
  }),
  route({
    method: 'POST',
    path: 'exceptions/:id/steps',
    service: 'tracking',
    to: '/exceptions/:id/steps',
    roles: HANDLERS,
    scope: branchIn.recordAt('/exceptions/:id', 'branch'),
    params: id,
    body: Http.exceptionStepBody,
    response: Http.exceptionView,
    status: 201,
    target: 'param:id',
    summary:
      'A step on an exception: a note, the customer contacted, compensation offered (within your authority)',
    example: { kind: 'customer-contacted', text: 'called 王芳: replacement drums Thursday' },
  }),
  route({
    method: 'POST',
    path: 'exceptions/:id/escalate',
    service: 'tracking',
    to: '/exceptions/:id/escalate',
    roles: HANDLERS,
    scope: branchIn.recordAt('/exceptions/:id', 'branch'),
    params: id,
    body: Http.escalateExceptionBody,
    response: Http.exceptionView,
    status: 200,
    target: 'param:id',
    summary:
      'Pass an exception beyond your authority up the ladder: agent → branch manager → HQ (R13)',
    example: { reason: 'customer asks ¥1,200; my limit is ¥500' },
  }),
  route({
    method: 'POST',
    path: 'exceptions/:id/close',
    service: 'tracking',
    to: '/exceptions/:id/close',
    roles: HANDLERS,
    scope: branchIn.recordAt('/exceptions/:id', 'branch'),
    params: id,
    body: Http.closeExceptionBody,
    response: Http.exceptionView,
    status: 200,
    target: 'param:id',
    summary:
      'Settle an exception, paying at most what your role may (422 beyond-authority otherwise)',
    example: {
      resolution: 'two drums replaced at our cost',
      compensation: { amountMinor: 40000, currency: 'CNY' },
    },
  }),
];

const customers: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'customers/:customerId/tracking-preferences',
    service: 'tracking',
    to: '/customers/:customerId/tracking-preferences',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: { customerId: pathId },
    response: Http.preferencesView,
    summary:
      'What a customer asked of tracking: which changes to hear of, where; PODs back or kept',
  }),
  route({
    method: 'PUT',
    path: 'customers/:customerId/tracking-preferences',
    service: 'tracking',
    to: '/customers/:customerId/tracking-preferences',
    roles: PREFERENCE_EDITORS,
    scope: branchIn.recordAt('/customers/:customerId/tracking-preferences', 'branch'),
    params: { customerId: pathId },
    body: Http.preferencesBody,
    response: Http.preferencesView,
    target: 'param:customerId',
    summary: "Record the customer's wishes (R11 notifications, R14 POD returns)",
    example: {
      notifications: {
        statuses: ['picked-up', 'out-for-delivery', 'delivered', 'exception'],
        emailTo: 'li.wei@huayang-chem.example',
        smsTo: '13800001001',
      },
      podReturn: { mode: 'return' },
    },
  }),
];

const pods: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'pods',
    service: 'tracking',
    to: '/pods',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.podListQuery,
    response: Http.podPage,
    summary:
      'Return receipts (PODs), oldest chase date first: `overdue=true` is the chase list (R14)',
  }),
  route({
    method: 'GET',
    path: 'pods/:waybillNo',
    service: 'tracking',
    to: '/pods/:waybillNo',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: waybill,
    response: Http.podView,
    summary: "A POD's custody: received where, when, by whom, filed where; its chases (R14)",
  }),
  route({
    method: 'POST',
    path: 'pods/:waybillNo/receipt',
    service: 'tracking',
    to: '/pods/:waybillNo/receipt',
    roles: POD_KEEPERS,
    scope: branchIn.recordAt('/pods/:waybillNo', 'branch'),
    params: waybill,
    body: Http.receivePodBody,
    response: Http.podView,
    status: 200,
    target: 'param:waybillNo',
    summary:
      'The paper POD arrived: take it into custody (its chase stops; it joins the month’s return)',
    example: { filedAt: 'SH01 cabinet 3, 2025-03', imageRef: 'scan://pod/SH0000000422.jpg' },
  }),
  route({
    method: 'POST',
    path: 'pods/:waybillNo/chases',
    service: 'tracking',
    to: '/pods/:waybillNo/chases',
    roles: POD_KEEPERS,
    scope: branchIn.recordAt('/pods/:waybillNo', 'branch'),
    params: waybill,
    body: Http.chasePodBody,
    response: Http.podView,
    status: 201,
    target: 'param:waybillNo',
    summary: 'Record a chase of a missing POD (R14)',
    example: { note: 'called driver: the paper is in the truck, back Friday' },
  }),
  route({
    method: 'GET',
    path: 'pod-returns',
    service: 'tracking',
    to: '/pod-returns',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.returnBatchQuery,
    response: Http.returnBatchPage,
    summary: 'Monthly POD return batches, by month and customer (R14)',
  }),
  route({
    method: 'POST',
    path: 'pod-returns',
    service: 'tracking',
    to: '/pod-returns',
    roles: RETURNERS,
    scope: branchIn.body('branch'),
    body: Http.buildReturnsBody,
    response: Http.buildReturnsAnswer,
    status: 200,
    target: 'body:month',
    summary:
      "Sort a month's PODs by customer into return batches; kept ones are filed at once (R14)",
    example: { branch: 'SH01', month: '2025-03' },
  }),
  route({
    method: 'GET',
    path: 'pod-returns/:id',
    service: 'tracking',
    to: '/pod-returns/:id',
    roles: TRACKING_READERS,
    scope: branchIn.record('branch'),
    params: id,
    response: Http.returnBatchView,
    summary: 'One return batch and its waybills',
  }),
  route({
    method: 'POST',
    path: 'pod-returns/:id/dispatch',
    service: 'tracking',
    to: '/pod-returns/:id/dispatch',
    roles: RETURNERS,
    scope: branchIn.recordAt('/pod-returns/:id', 'branch'),
    params: id,
    body: Http.dispatchReturnBody,
    response: Http.returnBatchView,
    status: 200,
    target: 'param:id',
    summary: 'A return batch went out by courier: its reference and date (R14)',
    example: { courier: 'SF Express', courierRef: 'SF1234567890' },
  }),
  route({
    method: 'GET',
    path: 'pod-returns/:id/cover-sheet',
    service: 'tracking',
    to: '/pod-returns/:id/cover-sheet',
    roles: TRACKING_READERS,
    scope: branchIn.recordAt('/pod-returns/:id', 'branch'),
    params: id,
    response: { binary: PDF },
    summary: 'The list that goes in the packet with the PODs (PDF, Chinese)',
  }),
];

const paperwork: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'trip-sheets',
    service: 'tracking',
    to: '/trip-sheets',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.tripSheetQuery,
    response: Http.tripSheets,
    summary:
      "Trip sheets: each vehicle's day, its waybills, places and drivers, and where the paper is filed (R14)",
  }),
  route({
    method: 'POST',
    path: 'trip-sheets/filings',
    service: 'tracking',
    to: '/trip-sheets/filings',
    roles: TRIP_FILERS,
    scope: branchIn.body('branch'),
    body: Http.fileTripSheetBody,
    response: Http.tripSheetView,
    status: 201,
    target: 'body:vehicle',
    summary: "Record where a trip sheet's paper copy is filed (R14)",
    example: {
      branch: 'SH01',
      vehicle: '沪A·12345',
      date: '2025-03-12',
      location: 'SH01 trip-sheet binder 2025-03',
    },
  }),
  route({
    method: 'GET',
    path: 'shipping-notes',
    service: 'tracking',
    to: '/shipping-notes',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.shippingNotesQuery,
    response: Http.shippingNotesPage,
    summary: 'Shipping notes in ship-date order (R14)',
  }),
  route({
    method: 'GET',
    path: 'shipping-notes/export',
    service: 'tracking',
    to: '/shipping-notes/export',
    roles: TRACKING_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.shippingNotesExportQuery,
    response: { binary: SHEETS },
    summary: 'Shipping notes in ship-date order as CSV or XLSX, for the month’s folder (R14)',
  }),
];

/** The tracking service's routes, one object each (see scheduler.routes.ts for the shape). */
export const TRACKING_ROUTES: readonly ProxiedRoute[] = [
  ...shipments,
  ...exceptions,
  ...customers,
  ...pods,
  ...paperwork,
];
