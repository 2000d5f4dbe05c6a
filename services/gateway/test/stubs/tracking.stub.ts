import type { StubRequest, StubRoute } from '@freight/testing';

// A stand-in for the tracking service's internal API (services/tracking, libs/contracts
// src/http/tracking.ts): waybills `GZ…` and ids `gz…` are GZ01's, the others SH01's. Every answer
// fits the documented schema (the authorisation matrix checks it against the OpenAPI document).

const branchOfWaybill = (waybillNo: string) => (waybillNo.startsWith('GZ') ? 'GZ01' : 'SH01');
const branchOfId = (id: string) => (id.startsWith('gz') ? 'GZ01' : 'SH01');
const AT = '2025-03-12T02:00:00.000Z';
const who = { userId: 'u-1', username: 'agent' };
const place = { code: 'HUB-WH01', name: 'Wuhan hub' };

export const stubShipment = (waybillNo: string) => ({
  waybillNo,
  orderId: `ORD-${waybillNo}`,
  branch: branchOfWaybill(waybillNo),
  customer: { customerId: 'CUST-SH-0001', company: '华阳精细化工(上海)有限公司' },
  lane: { origin: 'SH', destination: 'WH' },
  shipper: { name: '华阳精细化工', city: '上海市' },
  consignee: { name: '武汉新材料有限公司', city: '武汉市', district: '江汉区' },
  cargo: {
    description: '涂料 paint',
    pieces: 12,
    weightKg: 860,
    volumeM3: 2.4,
    dangerousGoodsClass: '3',
    packaging: 'drums',
  },
  podRequired: true,
  promisedDeliveryAt: '2025-03-15T10:00:00.000Z',
  shipDate: '2025-03-12',
  placedAt: '2025-03-11T02:30:00.000Z',
  cancelled: null,
  status: 'arrived-at-hub',
  statusAt: AT,
  lastPlace: place,
  lastVehicle: '沪A·12345',
  pickedUpAt: '2025-03-12T01:00:00.000Z',
  deliveredAt: null,
  onTime: null,
});

const step = {
  status: 'arrived-at-hub',
  occurredAt: AT,
  place,
  vehicle: { plate: '沪A·12345' },
  driver: null,
  exception: null,
  recordedAt: AT,
};

const exceptionSummary = (id: string) => ({
  id,
  waybillNo: branchOfId(id) === 'GZ01' ? 'GZ0000000026' : 'SH0000000422',
  branch: branchOfId(id),
  customerId: 'CUST-SH-0001',
  kind: 'damage',
  source: 'dispatch',
  note: '2 drums dented',
  raisedAt: AT,
  raisedBy: null,
  state: 'open',
  assignedRole: 'agent',
  escalationLevel: 0,
  compensation: null,
  resolution: null,
  closedAt: null,
  closedBy: null,
});
const exceptionView = (id: string) => ({
  ...exceptionSummary(id),
  steps: [
    {
      seq: 1,
      kind: 'raised',
      at: AT,
      by: null,
      role: null,
      text: 'dispatch: 2 drums dented',
      amount: null,
    },
  ],
});

const podSummary = (waybillNo: string) => ({
  waybillNo,
  branch: branchOfWaybill(waybillNo),
  customerId: 'CUST-SH-0001',
  customerCompany: '华阳精细化工(上海)有限公司',
  deliveredAt: AT,
  state: 'expected',
  chaseDueAt: '2025-03-19T02:00:00.000Z',
  chaseLevel: 0,
  custody: null,
  returnMonth: null,
  batchId: null,
});
const podView = (waybillNo: string) => ({ ...podSummary(waybillNo), chases: [] });

const batch = (id: string) => ({
  id,
  branch: branchOfId(id),
  month: '2025-03',
  customerId: 'CUST-SH-0001',
  customerCompany: '华阳精细化工(上海)有限公司',
  disposition: 'return',
  state: 'prepared',
  waybillNos: ['SH0000000422'],
  preparedAt: AT,
  preparedBy: who,
  courier: null,
  courierRef: null,
  sentAt: null,
  filedAt: null,
});

const tripSheet = (branch: string) => ({
  branch,
  vehicle: '沪A·12345',
  date: '2025-03-12',
  waybillNos: ['SH0000000422'],
  steps: 2,
  firstAt: AT,
  lastAt: AT,
  places: ['Shanghai hub'],
  drivers: [],
  filing: null,
});

const preferences = (customerId: string) => ({
  customerId,
  branch: branchOfId(customerId),
  company: '华阳精细化工(上海)有限公司',
  notifications: {
    statuses: ['delivered'],
    emailTo: 'li.wei@huayang-chem.example',
    smsTo: null,
    isDefault: false,
  },
  podReturn: { mode: 'return', note: null },
});

/** A list of both branches' items, as the service filters it by `?branch=` in SQL. */
const list = <T extends { branch: string }>(all: T[], { query }: StubRequest, paged = true) => {
  const branch = query.get('branch');
  const items = all.filter((item) => !branch || item.branch === branch);
  return { status: 200, body: paged ? { items, nextCursor: null } : { items } };
};
const ok = (body: unknown, status = 200) => ({ status, body });
const waybill = ({ params }: StubRequest) => params.waybillNo;

export const TRACKING_ROUTES: StubRoute[] = [
  {
    method: 'GET',
    path: '/shipments',
    answer: (r) => list([stubShipment('SH0000000422'), stubShipment('GZ0000000026')], r),
  },
  { method: 'GET', path: '/shipments/:waybillNo', answer: (r) => ok(stubShipment(waybill(r))) },
  {
    method: 'GET',
    path: '/shipments/:waybillNo/timeline',
    answer: (r) =>
      ok({
        waybillNo: waybill(r),
        branch: branchOfWaybill(waybill(r)),
        status: 'arrived-at-hub',
        items: [step],
      }),
  },
  {
    method: 'GET',
    path: '/shipments/:waybillNo/notifications',
    answer: (r) =>
      ok({
        branch: branchOfWaybill(waybill(r)),
        items: [
          {
            id: '1',
            channel: 'email',
            recipient: 'li.wei@huayang-chem.example',
            status: 'arrived-at-hub',
            subject: '运单已到达中转场',
            body: '…',
            state: 'sent',
            attempts: 1,
            lastError: null,
            sentAt: AT,
            createdAt: AT,
          },
        ],
      }),
  },
  {
    method: 'GET',
    path: '/waybills/:waybillNo/tracking',
    answer: (r) =>
      ok({
        branch: branchOfWaybill(waybill(r)),
        shipment: stubShipment(waybill(r)),
        timeline: [step],
        exceptions: [exceptionSummary(branchOfWaybill(waybill(r)) === 'GZ01' ? 'gz-1' : 'sh-1')],
        pod: null,
      }),
  },
  {
    method: 'GET',
    path: '/dispatch/parked',
    answer: () =>
      ok({
        items: [{ waybillNo: 'WH0000000091', steps: 2, firstRecordedAt: AT, lastRecordedAt: AT }],
      }),
  },
  {
    method: 'GET',
    path: '/cargo-lookup',
    answer: (r) =>
      list(
        ['SH0000000422', 'GZ0000000026'].map((w) => ({
          waybillNo: w,
          branch: branchOfWaybill(w),
          score: 8,
          matched: ['packaging'],
          shipment: stubShipment(w),
        })),
        r,
        false,
      ),
  },
  {
    method: 'GET',
    path: '/public/tracking/:waybillNo',
    answer: (r) =>
      ok({
        waybillNo: waybill(r),
        status: 'arrived-at-hub',
        statusText: '已到达中转场',
        promisedDeliveryAt: '2025-03-15T10:00:00.000Z',
        steps: [
          {
            status: 'arrived-at-hub',
            statusText: '已到达中转场',
            occurredAt: AT,
            place: 'Wuhan hub',
          },
        ],
      }),
  },
  {
    method: 'GET',
    path: '/exceptions',
    answer: (r) => list([exceptionSummary('sh-1'), exceptionSummary('gz-1')], r),
  },
  { method: 'GET', path: '/exceptions/:id', answer: ({ params }) => ok(exceptionView(params.id)) },
  {
    method: 'POST',
    path: '/shipments/:waybillNo/exceptions',
    answer: (r) => ok(exceptionView(branchOfWaybill(waybill(r)) === 'GZ01' ? 'gz-2' : 'sh-2'), 201),
  },
  {
    method: 'POST',
    path: '/exceptions/:id/steps',
    answer: ({ params }) => ok(exceptionView(params.id), 201),
  },
  {
    method: 'POST',
    path: '/exceptions/:id/escalate',
    answer: ({ params }) => ok(exceptionView(params.id)),
  },
  {
    method: 'POST',
    path: '/exceptions/:id/close',
    answer: ({ params }) => ok(exceptionView(params.id)),
  },
  {
    method: 'GET',
    path: '/customers/:customerId/tracking-preferences',
    answer: ({ params }) => ok(preferences(params.customerId)),
  },
  {
    method: 'PUT',
    path: '/customers/:customerId/tracking-preferences',
    answer: ({ params }) => ok(preferences(params.customerId)),
  },
  {
    method: 'GET',
    path: '/pods',
    answer: (r) => list([podSummary('SH0000000422'), podSummary('GZ0000000026')], r),
  },
  { method: 'GET', path: '/pods/:waybillNo', answer: (r) => ok(podView(waybill(r))) },
  { method: 'POST', path: '/pods/:waybillNo/receipt', answer: (r) => ok(podView(waybill(r))) },
  { method: 'POST', path: '/pods/:waybillNo/chases', answer: (r) => ok(podView(waybill(r)), 201) },
  { method: 'GET', path: '/pod-returns', answer: (r) => list([batch('sh-1'), batch('gz-1')], r) },
  {
    method: 'POST',
    path: '/pod-returns',
    answer: ({ body }) => {
      const { branch, month } = body as { branch: string; month: string };
      return ok({
        branch,
        month,
        done: false,
        items: [{ ...batch(branch === 'GZ01' ? 'gz-1' : 'sh-1'), month }],
      });
    },
  },
  { method: 'GET', path: '/pod-returns/:id', answer: ({ params }) => ok(batch(params.id)) },
  {
    method: 'POST',
    path: '/pod-returns/:id/dispatch',
    answer: ({ params }) =>
      ok({
        ...batch(params.id),
        state: 'sent',
        courier: 'SF Express',
        courierRef: 'SF1234567890',
        sentAt: AT,
      }),
  },
  {
    method: 'GET',
    path: '/pod-returns/:id/cover-sheet',
    answer: () => ({
      status: 200,
      raw: Buffer.from('%PDF-1.7\n%stub\n'),
      contentType: 'application/pdf',
    }),
  },
  {
    method: 'GET',
    path: '/trip-sheets',
    answer: (r) => list([tripSheet('SH01'), tripSheet('GZ01')], r, false),
  },
  {
    method: 'POST',
    path: '/trip-sheets/filings',
    answer: ({ body }) => {
      const { branch, location } = body as { branch: string; location: string };
      return ok(
        { ...tripSheet(branch), filing: { filedAt: AT, filedBy: who, location, note: null } },
        201,
      );
    },
  },
  {
    method: 'GET',
    path: '/shipping-notes',
    answer: (r) =>
      list(
        ['SH0000000422', 'GZ0000000026'].map((w) => ({
          waybillNo: w,
          branch: branchOfWaybill(w),
          shipDate: '2025-03-12',
          customerId: 'CUST-SH-0001',
          customerCompany: '华阳精细化工(上海)有限公司',
          consignee: { name: '武汉新材料有限公司', city: '武汉市' },
          lane: { origin: 'SH', destination: 'WH' },
          pieces: 12,
          weightKg: 860,
          volumeM3: 2.4,
          status: 'arrived-at-hub',
        })),
        r,
      ),
  },
  {
    method: 'GET',
    path: '/shipping-notes/export',
    answer: () => ({
      status: 200,
      raw: Buffer.from('PK\u0003\u0004stub'),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  },
];
