import type { StubRequest, StubRoute } from '@freight/testing';

// A stand-in for the warehouse service's internal API (issue 24): every route answers a record
// fitting its documented view. Ids starting with `gz` are GZ01's, others SH01's; `missing` is
// not there (404 by the stub's default).

const AT = '2025-03-12T06:30:00.000Z';
const staff = { userId: 'u-1', username: 'warehouse-keeper', role: 'warehouse-keeper' };
const branchOf = (id: string) => (id.startsWith('gz') ? 'GZ01' : 'SH01');
const header = (id: string, status: string) => ({
  id,
  branch: branchOf(id),
  status,
  currency: 'CNY',
  createdAt: AT,
  createdBy: staff,
  trail: [{ step: 'raised', by: staff, at: AT }],
});
const inspection = { result: 'passed', reportNo: 'QC-1', findings: null, by: staff, at: AT };
const buyer = { name: '浦东精密零件有限公司', customerId: null, contact: null, phone: null };

const item = (code: string) => ({
  code,
  category: 'finished-goods',
  name: 'Centrifugal pump',
  specification: 'DN50',
  unit: 'pcs',
  standardLabourHours: 3,
  standardPriceMinor: 125_000,
  minimumPriceMinor: null,
  currency: 'CNY',
  pricesSetBy: null,
  pricesSetAt: null,
});
const card = (id: string) => ({
  branch: branchOf(id),
  itemCode: 'FG-PMP-0150',
  name: 'Centrifugal pump',
  category: 'finished-goods',
  unit: 'pcs',
  quantity: 24,
  valueMinor: 3_000_000,
  averageUnitCostMinor: 125_000,
  lastMovedAt: AT,
});
const movement = (id: string) => ({
  seq: id.startsWith('gz') ? 2 : 1,
  branch: branchOf(id),
  itemCode: 'FG-PMP-0150',
  kind: 'finished-goods-in',
  entry: 'normal',
  quantity: 12,
  valueMinor: 1_500_000,
  balanceQuantity: 12,
  balanceValueMinor: 1_500_000,
  document: { type: 'inbound-slip', id: 'IN-SH01-000001', line: 0 },
  reversesSeq: null,
  memo: '',
  documentDate: '2025-03-12',
  bookedAt: AT,
  bookedBy: staff,
});
const approval = (id: string) => ({
  id,
  branch: branchOf(id),
  kind: 'stock-adjustment',
  rule: 'R28',
  subject: { type: 'stock-adjustment', id: 'SA-SH01-000001' },
  summary: 'clear a variance',
  amountMinor: 6_000,
  currency: 'CNY',
  status: 'pending',
  requestedBy: staff,
  requestedAt: AT,
  decidedBy: null,
  decidedAt: null,
  note: null,
  approvers: [{ role: 'branch-manager', upToMinor: 200_000 }],
});
const fineLine = (id: string) => ({
  id,
  branch: branchOf(id),
  month: '2025-03',
  person: staff,
  reason: 'improper-receipt',
  clause: '4.1',
  measure: 'fine',
  amountMinor: 1_000,
  currency: 'CNY',
  explanation: 'goods received without the procedure',
  subject: { type: 'count-sheet', id: 'CS-SH01-000001' },
  assessedAt: AT,
  assessedBy: staff,
});
const custody = (id: string) => ({
  branch: branchOf(id),
  workshop: '一车间',
  itemCode: 'RM-STL-0304',
  quantity: 80,
  valueMinor: 80_000,
  month: '2025-03',
  virtualReturnDue: true,
});
const custodyReport = (id: string) => ({
  id,
  branch: branchOf(id),
  workshop: '一车间',
  month: '2025-03',
  reportedBy: '赵丽',
  bookedBy: staff,
  bookedAt: AT,
  returnDate: '2025-03-31',
  reissueDate: '2025-04-01',
  lines: [
    {
      itemCode: 'RM-STL-0304',
      heldQuantity: 300,
      consumedQuantity: 220,
      unusedQuantity: 80,
      unusedValueMinor: 80_000,
      movementSeqs: [7, 8],
    },
  ],
});
const countSheet = (id: string) => ({
  id,
  branch: branchOf(id),
  status: 'open',
  category: 'spare-part',
  countDate: '2025-03-12',
  createdAt: AT,
  createdBy: staff,
  closedAt: null,
  closedBy: null,
  summary: { lines: 1, counted: 0, variances: 0, ledgerCardMismatches: 0, idle: 0 },
});

/** A sample view of each form, by path. */
const FORMS: Record<string, (id: string) => object> = {
  'inbound-slips': (id) => ({
    ...header(id, 'raised'),
    receivingUnit: '一车间',
    slipDate: '2025-03-12',
    lines: [
      {
        drawingNo: 'FG-PMP-0150',
        name: 'Centrifugal pump',
        specification: 'DN50',
        quantity: 12,
        unitPriceMinor: 125_000,
        amountMinor: 1_500_000,
        labourHours: 36,
      },
    ],
    approvalId: 'AP-SH01-000001',
    directorSignature: null,
    inspection: null,
    receipt: null,
  }),
  'qc-clearances': (id) => ({
    id,
    branch: branchOf(id),
    itemCode: 'FG-PMP-0150',
    quantity: 4,
    remainingQuantity: 4,
    status: 'open',
    result: 'passed',
    reportNo: 'QC-1',
    findings: null,
    inspectedBy: staff,
    inspectedAt: AT,
  }),
  sales: (id) => ({
    ...header(id, 'awaiting-gate-pass'),
    kind: 'contract',
    buyer,
    lines: [
      {
        itemCode: 'FG-PMP-0150',
        name: 'Centrifugal pump',
        unit: 'pcs',
        quantity: 2,
        unitPriceMinor: 170_000,
        amountMinor: 340_000,
        qcClearanceId: 'QC-SH01-000001',
        belowMinimum: false,
      },
    ],
    totalMinor: 340_000,
    note: null,
    salesperson: staff,
    priceApprovalId: null,
    gatePassId: null,
    issueList: {
      no: 'IL-SH01-000001',
      signedBy: null,
      signedOn: null,
      stamped: null,
      returnedAt: null,
      handedToFinanceAt: null,
    },
    issuedAt: null,
    leftAt: null,
    settlement: null,
    overdue: [],
  }),
  'gate-passes': (id) => ({
    id,
    branch: branchOf(id),
    status: 'issued',
    document: { type: 'sale', id: 'SL-SH01-000001' },
    basis: 'paid',
    payment: { kind: 'paid', receiptNo: 'RC-1', amountMinor: 340_000, reference: null },
    lines: [{ itemCode: 'FG-PMP-0150', quantity: 2 }],
    currency: 'CNY',
    issuedBy: staff,
    issuedAt: AT,
    goodsIssuedAt: null,
    leftAt: null,
    exitId: null,
  }),
  'gate-exits': (id) => ({
    id,
    branch: branchOf(id),
    status: 'with-pass',
    gatePassId: 'GP-SH01-000001',
    withoutGatePass: false,
    vehicle: '沪A·12345',
    carrier: null,
    description: null,
    guard: staff,
    recordedBy: staff,
    at: AT,
    fineId: null,
  }),
  returns: (id) => ({
    ...header(id, 'awaiting-inspection'),
    saleId: null,
    buyer: { name: buyer.name, customerId: null },
    returnedOn: '2025-03-12',
    lines: [{ itemCode: 'FG-PMP-0150', quantity: 1, reason: 'seal leaks' }],
    inspection: null,
    handlingReport: null,
    approvalId: null,
    bookedAt: null,
    bookedLate: false,
    accounting: null,
  }),
  replacements: (id) => ({
    ...header(id, 'awaiting-approval'),
    customer: { name: buyer.name, customerId: null },
    itemCode: 'FG-PMP-0150',
    quantity: 1,
    oldPart: {
      itemCode: 'FG-PMP-0150',
      serialNo: null,
      description: null,
      returnedAt: null,
      receivedBy: null,
      condition: null,
    },
    reason: 'warranty',
    newGoesFirst: true,
    approvalId: 'AP-SH01-000002',
    gatePassId: null,
    shippedAt: null,
    itemValueMinor: null,
    oldPartDueAt: null,
    fineIds: [],
  }),
  'entrusted-requisitions': (id) => ({
    ...header(id, 'awaiting-approval'),
    processor: '昆山精工热处理厂',
    requestedAt: AT,
    purpose: 'heat treatment',
    requester: { name: '陈强', title: null },
    issuer: null,
    approver: null,
    approvalId: 'AP-SH01-000003',
    gatePassId: null,
    issuedAt: null,
    totalMinor: 480_000,
    lines: [
      {
        category: 'raw-material',
        itemCode: 'RM-STL-0304',
        name: 'Steel',
        specification: '304',
        unit: 'kg',
        quantity: 200,
        unitPriceMinor: 2_400,
        amountMinor: 480_000,
        issuedValueMinor: null,
        returnedQuantity: 0,
        compensatedQuantity: 0,
        outstandingQuantity: 200,
      },
    ],
    returns: [],
    compensationLists: [],
    processorConfirmation: null,
    dueAt: null,
    overdue: [],
  }),
  'purchase-receipts': (id) => ({
    ...header(id, 'awaiting-inspection'),
    noticeNo: 'YS-1',
    supplier: '宝钢不锈',
    purchaser: '王芳',
    lines: [{ itemCode: 'RM-STL-0304', quantity: 500 }],
    inspection,
    provisional: null,
    receipt: null,
  }),
  requisitions: (id) => ({
    ...header(id, 'awaiting-approval'),
    purpose: 'production',
    workshop: '一车间',
    planRef: 'PP-2025-03',
    use: 'housings',
    custody: true,
    buyer: null,
    lines: [
      {
        itemCode: 'RM-STL-0304',
        name: 'Steel',
        unit: 'kg',
        quantity: 300,
        bookValueMinor: 720_000,
      },
    ],
    approvalId: 'AP-SH01-000004',
    approver: null,
    gatePassId: null,
    issuedAt: null,
    issuer: null,
  }),
  'count-sheets': (id) => ({
    ...countSheet(id),
    lines: [
      {
        itemCode: 'SP-SEAL-050',
        name: 'Seal',
        unit: 'pcs',
        countedQuantity: null,
        ledgerQuantity: null,
        cardQuantity: null,
        varianceQuantity: null,
        idleSince: null,
      },
    ],
  }),
  'stock-adjustments': (id) => ({
    ...header(id, 'awaiting-approval'),
    kind: 'scrap',
    countSheetId: null,
    reason: 'rusted',
    lines: [{ itemCode: 'SP-SEAL-050', quantity: -2, estimatedValueMinor: -6_000 }],
    approvalId: 'AP-SH01-000005',
    movementSeqs: [],
  }),
};

/** The steps of each form (POST /<form>/:id/<step>) answer the form. */
const STEPS: Record<string, string[]> = {
  'inbound-slips': ['inspection', 'receipt'],
  sales: ['issue', 'signed-issue-list', 'issue-list-handover', 'settlement'],
  returns: ['inspection', 'handling-report', 'booking', 'accounting'],
  replacements: ['old-part', 'issue'],
  'entrusted-requisitions': ['issue', 'returns', 'compensation-list', 'processor-confirmation'],
  'purchase-receipts': ['inspection', 'receipt', 'invoice'],
  requisitions: ['issue'],
  'count-sheets': ['counts', 'close'],
};

const ok = (body: unknown, status = 200) => ({ status, body });
const inBranch = <T extends { branch: string }>(rows: T[], { query }: StubRequest) =>
  rows.filter((r) => !query.get('branch') || r.branch === query.get('branch'));
const page = (rows: object[]) => ({ items: rows, nextCursor: null });
const listOf = (make: (id: string) => { branch: string }) => (request: StubRequest) =>
  ok(page(inBranch([make('sh-1'), make('gz-1')], request)));

const formRoutes = Object.entries(FORMS).flatMap(([path, make]): StubRoute[] => [
  {
    method: 'GET',
    path: `/${path}`,
    answer: (r) => {
      const rows = [make('sh-1'), make('gz-1')].map((x) =>
        path === 'count-sheets' ? { ...x, lines: undefined } : x,
      );
      return ok(page(inBranch(rows as { branch: string }[], r)));
    },
  },
  { method: 'GET', path: `/${path}/:id`, answer: ({ params }) => ok(make(params.id)) },
  {
    method: 'POST',
    path: `/${path}`,
    answer: ({ body }) =>
      ok({ ...make('sh-1'), branch: (body as { branch?: string }).branch ?? 'SH01' }, 201),
  },
  ...(STEPS[path] ?? []).map((step) => ({
    method: 'POST',
    path: `/${path}/:id/${step}`,
    answer: ({ params }: StubRequest) => ok(make(params.id)),
  })),
]);

export const WAREHOUSE_ROUTES: StubRoute[] = [
  { method: 'GET', path: '/items', answer: () => ok(page([item('FG-PMP-0150')])) },
  { method: 'GET', path: '/items/:code', answer: ({ params }) => ok(item(params.code)) },
  {
    method: 'POST',
    path: '/items',
    answer: ({ body }) => ok(item((body as { code: string }).code), 201),
  },
  { method: 'PUT', path: '/items/:code/prices', answer: ({ params }) => ok(item(params.code)) },
  { method: 'GET', path: '/stock', answer: listOf(card) },
  { method: 'GET', path: '/stock/ledger', answer: listOf(movement) },
  {
    method: 'GET',
    path: '/stock/idle',
    answer: (r) => ok({ items: inBranch([card('sh-1'), card('gz-1')], r) }),
  },
  {
    method: 'GET',
    path: '/stock/reconciliation/:branch',
    answer: ({ params }) =>
      ok({ branch: params.branch, asOf: AT, itemsChecked: 24, mismatches: [] }),
  },
  {
    method: 'GET',
    path: '/approval-policy',
    answer: () =>
      ok({
        items: [
          {
            kind: 'stock-adjustment',
            rule: 'R28',
            what: 'clearing variances',
            approvers: [{ role: 'branch-manager', upToMinor: 200_000 }],
          },
        ],
      }),
  },
  { method: 'GET', path: '/approvals', answer: listOf(approval) },
  { method: 'GET', path: '/approvals/:id', answer: ({ params }) => ok(approval(params.id)) },
  {
    method: 'POST',
    path: '/approvals/:id/approve',
    answer: ({ params }) => ok({ ...approval(params.id), status: 'approved' }),
  },
  {
    method: 'POST',
    path: '/approvals/:id/reject',
    answer: ({ params }) => ok({ ...approval(params.id), status: 'rejected' }),
  },
  {
    method: 'GET',
    path: '/gate-passes/:id/pdf',
    answer: () => ({ status: 200, raw: '%PDF-1.3\n%stub', contentType: 'application/pdf' }),
  },
  {
    method: 'GET',
    path: '/workshop-custody',
    answer: (r) => ok({ items: inBranch([custody('sh-1'), custody('gz-1')], r) }),
  },
  {
    method: 'GET',
    path: '/workshop-custody/reports',
    answer: (r) => ok({ items: inBranch([custodyReport('sh-1'), custodyReport('gz-1')], r) }),
  },
  {
    method: 'POST',
    path: '/workshop-custody/virtual-returns',
    answer: ({ body }) =>
      ok({ ...custodyReport('sh-1'), branch: (body as { branch: string }).branch }, 201),
  },
  {
    method: 'GET',
    path: '/fines/sheet',
    answer: () => ({ status: 200, raw: 'branch,person\n', contentType: 'text/csv' }),
  },
  {
    method: 'GET',
    path: '/fines',
    answer: (r) =>
      ok({
        items: inBranch([fineLine('sh-1'), fineLine('gz-1')], r).map((l) => ({
          branch: l.branch,
          person: staff,
          month: '2025-03',
          totalMinor: 1_000,
          salaryHeld: false,
          lines: [l],
        })),
      }),
  },
  {
    method: 'POST',
    path: '/fines',
    answer: ({ body }) =>
      ok({ ...fineLine('sh-1'), branch: (body as { branch?: string }).branch ?? 'SH01' }, 201),
  },
  ...formRoutes,
];
