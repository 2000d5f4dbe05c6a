import { exampleOrder } from '@freight/contracts';
import type { StubAnswer, StubRequest, StubRoute } from '@freight/testing';

// A stand-in for the order service's internal API (issue 20): every route answers a record that
// fits its documented schema (libs/contracts/src/http/order); ids starting `gz` are GZ01's,
// others SH01's; `missing` does not exist.

const AT = '2026-03-02T02:00:00.000Z';
const STAFF = { userId: 'u-agent', username: 'agent' };
const branchOf = (id: string) => (id.startsWith('gz') ? 'GZ01' : 'SH01');
const money = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const address = { province: '上海市', city: '上海市', district: '闵行区', street: '华宁路 88 号' };
const party = { name: '武汉光谷光电有限公司', contact: '罗斌', phone: '13700003001', address };
const cargo = {
  description: '涂料',
  pieces: 2,
  weightKg: 100,
  volumeM3: 0.5,
  dangerousGoodsClass: 'none',
};
const services = { pickup: false, deliveryMode: 'self-pickup', podRequired: false };
const price = {
  lines: [{ code: 'freight', description: 'freight SH→WH', amount: money(12_000), taxRate: 0.09 }],
  net: money(12_000),
  tax: money(1_080),
  total: money(13_080),
};
const lane = { origin: 'SH', destination: 'WH' };

const customer = (id: string, branch = branchOf(id)) => ({
  customerId: id,
  branch,
  company: '华阳精细化工(上海)有限公司',
  contacts: [{ name: '李伟', phone: '13800001001' }],
  addresses: [address],
  billingTerms: { kind: 'monthly', creditDays: 30 },
  possibleDuplicates: [],
  createdAt: AT,
  createdBy: STAFF,
  updatedAt: AT,
});

const rateTable = (id: string) => ({
  rateTableId: id,
  version: 1,
  name: 'stub tariff',
  validFrom: AT,
  validTo: null,
  applicableNow: true,
  createdAt: AT,
  createdBy: STAFF,
  lanes: [
    { ...lane, leadTimeDays: 2, weightBreaks: [{ fromKg: 0, perKgMinor: 120 }], volumeBreaks: [] },
  ],
  volumetricFactorKgPerM3: 250,
  minimumChargeMinor: 5_000,
  dangerousGoodsSurchargeMinor: {},
  fees: { pickupMinor: 0, doorDeliveryMinor: 0, podMinor: 0, insurancePermille: 0, codPercent: 0 },
  regions: [{ code: 'SH', name: '上海', cities: ['上海市'] }],
});

const quote = (id: string) => ({
  quoteId: id,
  inquiryId: `inq-${id}`,
  branch: branchOf(id),
  status: 'offered',
  lane,
  price,
  basis: { manual: false, rateTableId: 'RT-0001' },
  validUntil: AT,
  offeredAt: AT,
  offeredBy: STAFF,
});

const inquiry = (id: string, branch = branchOf(id)) => ({
  inquiryId: id,
  branch,
  status: 'open',
  company: '华阳精细化工(上海)有限公司',
  contact: { name: '李伟', phone: '13800001001' },
  cargo,
  origin: address,
  destination: address,
  serviceOptions: services,
  important: false,
  assignedTo: STAFF,
  receivedAt: AT,
  receivedBy: STAFF,
  deadlineId: `quote-inquiry:${id}:answer`,
  answerDueAt: null,
  assessment: { kind: 'quotable', rateTableId: 'RT-0001', lane, chargeableWeightKg: 125, price },
  callbacks: [],
  escalations: [],
});

const order = (id: string, branch = branchOf(id)) => ({
  orderId: id,
  waybillNo: 'SH0000000422',
  branch,
  status: 'placed',
  customer: { customerId: 'CUST-SH-0001', company: '华阳精细化工(上海)有限公司' },
  agent: STAFF,
  shipper: party,
  consignee: party,
  lane,
  cargo,
  serviceOptions: services,
  price,
  paymentTerms: 'monthly',
  pickupWindow: { from: AT, to: AT },
  promisedDeliveryAt: AT,
  placedAt: AT,
  acknowledgement: { dueDeadlineId: `order:${id}:ack:1` },
  pickupNotices: 0,
  escalations: [],
  version: 1,
});

const orderSummary = (id: string) => {
  const o = order(id);
  return {
    ...o,
    pieces: 2,
    weightKg: 100,
    volumeM3: 0.5,
    total: price.total,
    consignee: party.name,
  };
};

const notice = {
  noticeId: 'PN-SH0000000422-1',
  channel: 'phone',
  answeredBy: { name: '李强', gender: 'male' },
  notifiedAt: AT,
  notifiedBy: STAFF,
  piecesArrived: 2,
  cashToCollect: { freightCollect: 0, cod: 0, total: 0, currency: 'CNY' },
  text: '【大经纬物流】李强您好',
};

const lead = (id: string, branch = branchOf(id)) => ({
  leadId: id,
  branch,
  status: 'new',
  company: '湖北精细化工有限公司',
  contact: { name: '王芳', phone: '13800138000' },
  source: 'call',
  createdAt: AT,
  createdBy: STAFF,
  history: [{ at: AT, by: STAFF, event: 'recorded' }],
});

const volumeRow = (branch: string) => ({
  date: '2026-03-02',
  branch,
  shipments: 1,
  pieces: 2,
  weightKg: 100,
  volumeM3: 0.5,
  revenue: money(12_000),
});

const NOT_FOUND: StubAnswer = {
  status: 404,
  body: { type: 'urn:freight:problem:not-found', title: 'Not Found', status: 404 },
};

/** `GET …/:id`-like: the record, or 404 for `missing`. */
const one =
  (make: (id: string) => unknown, status = 200) =>
  ({ params }: StubRequest): StubAnswer =>
    params.id === 'missing' ? NOT_FOUND : { status, body: make(params.id) };

/** A list of an SH01 and a GZ01 record, narrowed to `?branch=` as the service does in SQL. */
const list =
  (make: (id: string) => { branch: string }) =>
  ({ query }: StubRequest): StubAnswer => ({
    status: 200,
    body: {
      items: [make('sh-1'), make('gz-1')].filter(
        (r) => !query.get('branch') || r.branch === query.get('branch'),
      ),
      nextCursor: null,
    },
  });

const bodyBranch = ({ body }: StubRequest) =>
  String((body as { branch?: string }).branch ?? 'SH01');
const history = {
  status: 200,
  body: { items: [{ at: AT, by: STAFF, field: 'company', from: 'A', to: 'B' }], nextCursor: null },
};

export const ORDER_ROUTES: StubRoute[] = [
  // the gateway's composed waybill view (GET /api/v1/waybills/{no}, issue 22): the order of a
  // waybill; `GZ…` waybills are GZ01's
  {
    method: 'GET',
    path: '/orders/by-waybill/:no',
    answer: ({ params }) => ({
      status: 200,
      body: {
        ...exampleOrder,
        orderId: `ORD-${params.no}`,
        waybillNo: params.no,
        branch: params.no.startsWith('GZ') ? 'GZ01' : 'SH01',
        placedAt: '2025-03-11T02:30:00Z',
        status: 'acknowledged',
      },
    }),
  },
  {
    method: 'POST',
    path: '/customers',
    answer: (r) => ({ status: 201, body: customer('sh-new', bodyBranch(r)) }),
  },
  { method: 'GET', path: '/customers', answer: list(customer) },
  { method: 'GET', path: '/customers/:id', answer: one(customer) },
  { method: 'PATCH', path: '/customers/:id', answer: one(customer) },
  {
    method: 'GET',
    path: '/customers/:id/history',
    answer: one(() => ({
      ...history.body,
      items: history.body.items.map((h) => ({ ...h, source: 'customer' })),
    })),
  },
  {
    method: 'POST',
    path: '/rate-tables',
    answer: () => ({ status: 201, body: rateTable('RT-0002') }),
  },
  {
    method: 'GET',
    path: '/rate-tables',
    answer: () => ({
      status: 200,
      body: { items: [{ ...rateTable('RT-0001'), lanes: 1 }], nextCursor: null },
    }),
  },
  { method: 'GET', path: '/rate-tables/:id', answer: one(rateTable) },
  {
    method: 'POST',
    path: '/inquiries',
    answer: (r) => ({ status: 201, body: inquiry('sh-new', bodyBranch(r)) }),
  },
  { method: 'GET', path: '/inquiries', answer: list(inquiry) },
  { method: 'GET', path: '/inquiries/:id', answer: one(inquiry) },
  { method: 'PATCH', path: '/inquiries/:id', answer: one(inquiry) },
  ...['quote', 'callback', 'decline', 'reassign'].map((action) => ({
    method: 'POST',
    path: `/inquiries/:id/${action}`,
    answer: one(inquiry),
  })),
  { method: 'GET', path: '/quotes/:id', answer: one(quote) },
  {
    method: 'POST',
    path: '/quotes/:id/accept',
    answer: one((id) => ({ ...quote(id), status: 'accepted', acceptedAt: AT })),
  },
  {
    method: 'POST',
    path: '/orders',
    answer: (r) => ({ status: 201, body: order('sh-new', bodyBranch(r)) }),
  },
  { method: 'GET', path: '/orders', answer: list(orderSummary) },
  { method: 'GET', path: '/orders/:id', answer: one(order) },
  { method: 'PATCH', path: '/orders/:id', answer: one(order) },
  ...['acknowledge', 'cancel', 'collected'].map((action) => ({
    method: 'POST',
    path: `/orders/:id/${action}`,
    answer: one(order),
  })),
  { method: 'GET', path: '/orders/:id/history', answer: one(() => history.body) },
  {
    method: 'GET',
    path: '/orders/:id/labels.pdf',
    answer: ({ params }) =>
      params.id === 'missing'
        ? NOT_FOUND
        : { status: 200, raw: '%PDF-1.7 stub', contentType: 'application/pdf' },
  },
  {
    method: 'GET',
    path: '/orders/:id/pickup-notices',
    answer: one(() => ({ draft: notice.text, items: [notice] })),
  },
  { method: 'POST', path: '/orders/:id/pickup-notices', answer: one(() => notice, 201) },
  {
    method: 'POST',
    path: '/leads',
    answer: (r) => ({ status: 201, body: lead('sh-new', bodyBranch(r)) }),
  },
  { method: 'GET', path: '/leads', answer: list(lead) },
  { method: 'GET', path: '/leads/:id', answer: one(lead) },
  {
    method: 'POST',
    path: '/leads/:id/promising',
    answer: one((id) => ({ ...lead(id), status: 'promising' })),
  },
  {
    method: 'POST',
    path: '/leads/:id/convert',
    answer: one((id) => ({ lead: { ...lead(id), status: 'converted' }, customer: customer(id) })),
  },
  {
    method: 'GET',
    path: '/reports/daily-volume',
    answer: ({ query }) => {
      const items = ['SH01', 'GZ01']
        .filter((b) => !query.get('branch') || b === query.get('branch'))
        .map(volumeRow);
      const { date: _d, branch: _b, ...totals } = volumeRow('SH01');
      return {
        status: 200,
        body: { from: '2026-03-02', to: '2026-03-02', groupBy: 'branch', items, totals },
      };
    },
  },
  {
    method: 'GET',
    path: '/reports/daily-volume.csv',
    answer: () => ({
      status: 200,
      raw: 'date,branch\n2026-03-02,SH01\n',
      contentType: 'text/csv; charset=utf-8',
    }),
  },
  {
    method: 'GET',
    path: '/reports/daily-volume.xlsx',
    answer: () => ({
      status: 200,
      raw: 'PK stub',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  },
];
