import { WarehouseHttp as Http } from '@freight/contracts';
import { branchIn, type ProxiedRoute, route } from '../proxied-route';
import { formRoutes } from './warehouse-form-routes';
import { pathId } from '@freight/platform';
import {
  FINANCE,
  FINE_READERS,
  KEEPER,
  QC,
  SALES,
  WAREHOUSE_STAFF,
  WORKSHOP,
} from './warehouse-roles';

/** R27: finished goods in — the slip, QC's stamp, the keeper's receipt (signature: approvals). */
const INBOUND = formRoutes({
  path: 'inbound-slips',
  what: 'Finished-goods inbound slips (R27)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.inboundSlipsQuery, response: Http.inboundSlips },
  view: Http.inboundSlipView,
  create: {
    roles: [...WORKSHOP, ...KEEPER],
    body: Http.newInboundSlipBody,
    summary:
      "Raise an inbound slip as written (gaps are named at receipt); the workshop director's signature is asked for at once (R27)",
    example: {
      branch: 'SH01',
      receivingUnit: '一车间',
      slipDate: '2025-03-12',
      lines: [
        {
          drawingNo: 'FG-PMP-0150',
          name: 'Centrifugal pump',
          specification: 'DN50, 1.5 kW',
          quantity: 12,
          unitPriceMinor: 125_000,
          amountMinor: 1_500_000,
          labourHours: 36,
        },
      ],
    },
  },
  steps: [
    {
      step: 'inspection',
      roles: QC,
      body: Http.inspectionBody,
      summary: 'QC stamps "inspection passed" (or fails the goods) (R27)',
      example: { result: 'passed', reportNo: 'QC-2025-0312-07' },
    },
    {
      step: 'receipt',
      roles: KEEPER,
      body: Http.inboundReceiptBody,
      summary:
        'The keeper checks goods and certificate; with the paperwork complete the goods come into stock, else 422 naming what is missing (R27)',
      example: { goodsChecked: true, certificateChecked: true, countedQuantities: [12] },
    },
  ],
});

/** R29: QC clears goods for sale before sales raises the outbound slip. */
const QC_CLEARANCES = formRoutes({
  path: 'qc-clearances',
  what: 'QC clearances of goods for sale (R29)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.qcClearancesQuery, response: Http.qcClearances },
  view: Http.qcClearanceView,
  create: {
    roles: QC,
    body: Http.newQcClearanceBody,
    summary:
      'QC clears goods for sale (no quality problem), or records the problem that stops them (R29)',
    example: {
      branch: 'SH01',
      itemCode: 'FG-PMP-0150',
      quantity: 4,
      result: 'passed',
      reportNo: 'QC-2025-0312-09',
    },
  },
});

/** R29/R30/R33: the sale from outbound slip to settlement. */
const SALES_ROUTES = formRoutes({
  path: 'sales',
  what: 'Sales: outbound slips with their issue lists (R29, R30, R33)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.salesQuery, response: Http.sales },
  view: Http.saleView,
  create: {
    roles: SALES,
    body: Http.newSaleBody,
    summary:
      'Sales raises the outbound slip and issue list on goods QC cleared; a retail price under the company minimum waits for the general manager (R29, R30)',
    example: {
      branch: 'SH01',
      kind: 'retail',
      buyer: { name: '浦东精密零件有限公司', customerId: 'CUST-SH-0002' },
      lines: [
        {
          itemCode: 'FG-PMP-0150',
          quantity: 2,
          unitPriceMinor: 168_000,
          qcClearanceId: 'QC-SH01-000007',
        },
      ],
    },
  },
  steps: [
    {
      step: 'issue',
      roles: KEEPER,
      body: Http.saleIssueBody,
      summary:
        "The keeper issues the goods against the gate pass's pickup copy; the month's settlement clock starts (R29, R33)",
      example: { gatePassId: 'GP-SH01-000031' },
    },
    {
      step: 'signed-issue-list',
      roles: KEEPER,
      body: Http.signedIssueListBody,
      summary: 'The buyer-signed issue list is back at the warehouse, checked (R29)',
      example: {
        signedBy: { name: '张敏', title: 'buyer' },
        signedOn: '2025-03-14',
        stamped: true,
        quantitiesMatch: true,
      },
    },
    {
      step: 'issue-list-handover',
      roles: FINANCE,
      body: Http.handoverBody,
      summary: 'Finance takes the signed issue list from the warehouse (R29)',
      example: {},
    },
    {
      step: 'settlement',
      roles: FINANCE,
      body: Http.settlementBody,
      summary: 'Finance settles the shipped goods, within the month and at most two (R33)',
      example: { invoiceNo: '044031900111-00012345', amountMinor: 336_000 },
    },
  ],
});

/** R29: finance's gate passes (with the printable pass) and the gate guard's exits (R38 4.3). */
const GATE = [
  ...formRoutes({
    path: 'gate-passes',
    what: 'Gate passes (R29)',
    readers: WAREHOUSE_STAFF,
    list: { query: Http.gatePassesQuery, response: Http.gatePasses },
    view: Http.gatePassView,
    create: {
      roles: FINANCE,
      body: Http.newGatePassBody,
      summary:
        'Finance issues the gate pass once the sale is paid or arranged (retail: paid), or for an approved replacement, entrusted or outside-use requisition (R29, R30, R32, R34, R37)',
      example: {
        branch: 'SH01',
        document: { type: 'sale', id: 'SL-SH01-000017' },
        payment: { kind: 'paid', receiptNo: 'RC-0312-004', amountMinor: 336_000 },
      },
    },
  }),
  route({
    method: 'GET',
    path: 'gate-passes/:id/pdf',
    service: 'warehouse',
    to: '/gate-passes/:id/pdf',
    roles: WAREHOUSE_STAFF,
    scope: branchIn.recordAt('/gate-passes/:id', 'branch'),
    params: { id: pathId },
    response: { binary: ['application/pdf'] },
    summary: 'The printable gate pass: pickup copy and gate copy, with the QR code the guard scans',
  }),
  ...formRoutes({
    path: 'gate-exits',
    what: 'Gate exits (R29, R38)',
    readers: WAREHOUSE_STAFF,
    list: { query: Http.gateExitsQuery, response: Http.gateExits },
    view: Http.gateExitView,
    create: {
      roles: ['gate-guard', 'branch-manager'],
      body: Http.newGateExitBody,
      summary:
        'The gate guard checks the pass as goods leave (a pass without goods issued, or used, is refused: stop them); goods that left without a pass are recorded and cost the guard 50 (R29, R38)',
      example: {
        branch: 'SH01',
        gatePassId: 'GP-SH01-000031',
        vehicle: '沪A·12345',
        description: '2 pumps',
      },
    },
  }),
];

/** R31: returns — QC first; quality problems to the general manager, then finance. */
const RETURNS = formRoutes({
  path: 'returns',
  what: 'Returns of goods sold (R31)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.returnsQuery, response: Http.returns },
  view: Http.returnView,
  create: {
    roles: SALES,
    body: Http.newReturnBody,
    summary: 'Sales records goods that came back; they are booked in that month, after QC (R31)',
    example: {
      branch: 'SH01',
      saleId: 'SL-SH01-000017',
      buyer: { name: '浦东精密零件有限公司', customerId: 'CUST-SH-0002' },
      returnedOn: '2025-03-18',
      lines: [{ itemCode: 'FG-PMP-0150', quantity: 1, reason: 'seal leaks' }],
    },
  },
  steps: [
    {
      step: 'inspection',
      roles: QC,
      body: Http.returnInspectionBody,
      summary:
        'QC inspects the returned goods: passed, or a quality problem for the general manager (R31)',
      example: {
        result: 'quality-problem',
        reportNo: 'QC-2025-0318-02',
        findings: 'mechanical seal worn',
      },
    },
    {
      step: 'handling-report',
      roles: SALES,
      body: Http.handlingReportBody,
      summary:
        "A quality problem: the handling report, for the general manager's instruction (R31)",
      example: { proposal: 'replace the seal and restock', disposition: 'rework' },
    },
    {
      step: 'booking',
      roles: KEEPER,
      body: Http.bookingBody,
      summary: 'The keeper books the goods back in, valued as they left; refused before QC (R31)',
      example: {},
    },
    {
      step: 'accounting',
      roles: FINANCE,
      body: Http.returnAccountingBody,
      summary: 'Finance accounts for a quality return after the general manager (R31)',
      example: { reference: 'credit note HC-2025-004' },
    },
  ],
});

/** R32: after-sales replacement, old for new. */
const REPLACEMENTS = formRoutes({
  path: 'replacements',
  what: 'After-sales replacements (R32)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.replacementsQuery, response: Http.replacements },
  view: Http.replacementView,
  create: {
    roles: SALES,
    body: Http.newReplacementBody,
    summary: 'Ask for an after-sales replacement, old for new; the general manager approves (R32)',
    example: {
      branch: 'SH01',
      customer: { name: '浦东精密零件有限公司', customerId: 'CUST-SH-0002' },
      itemCode: 'FG-PMP-0150',
      quantity: 1,
      oldPart: { itemCode: 'FG-PMP-0150', serialNo: 'P50-2023-1187' },
      reason: 'bearing failure within warranty',
      newGoesFirst: true,
    },
  },
  steps: [
    {
      step: 'old-part',
      roles: KEEPER,
      body: Http.oldPartBody,
      summary:
        'The old part is back at the warehouse (before the new one, or within the month after it) (R32)',
      example: { serialNo: 'P50-2023-1187', condition: 'bearing seized' },
    },
    {
      step: 'issue',
      roles: KEEPER,
      body: Http.replacementIssueBody,
      summary:
        "The keeper sends the new item against the gate pass; when it goes first, the old part's month starts (R32, R38)",
      example: { gatePassId: 'GP-SH01-000032' },
    },
  ],
});

/** R34: entrusted processing — out on a requisition, back against it, or compensated. */
const ENTRUSTED = formRoutes({
  path: 'entrusted-requisitions',
  what: 'Entrusted processing requisitions (R34)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.entrustedRequisitionsQuery, response: Http.entrustedRequisitions },
  view: Http.entrustedRequisitionView,
  create: {
    roles: WORKSHOP,
    body: Http.newEntrustedRequisitionBody,
    summary:
      'The requisition material goes to the processor on, with every field of the form; an approver signs (R34)',
    example: {
      branch: 'SH01',
      processor: '昆山精工热处理厂',
      requestedAt: '2025-03-11T01:30:00Z',
      purpose: 'heat treatment of pump shafts',
      requester: { name: '陈强', title: 'driver, 昆山精工' },
      lines: [
        {
          category: 'raw-material',
          itemCode: 'RM-STL-0304',
          name: 'Stainless steel sheet',
          specification: '304, 2 mm',
          unit: 'kg',
          quantity: 200,
          unitPriceMinor: 2_400,
          amountMinor: 480_000,
        },
      ],
    },
  },
  steps: [
    {
      step: 'issue',
      roles: KEEPER,
      body: Http.entrustedIssueBody,
      summary:
        "The keeper (发料人) issues against the gate pass; the month's and year end's clocks start (R34)",
      example: { gatePassId: 'GP-SH01-000040' },
    },
    {
      step: 'returns',
      roles: KEEPER,
      body: Http.entrustedReturnBody,
      summary:
        'Processed goods back in against the requisition, at processing fee + material (R34)',
      example: {
        invoiceNo: 'FP-88120',
        lines: [
          {
            materialItemCode: 'RM-STL-0304',
            materialQuantity: 150,
            productItemCode: 'RM-STL-0304',
            productQuantity: 150,
            processingFeeMinor: 60_000,
          },
        ],
      },
    },
    {
      step: 'compensation-list',
      roles: KEEPER,
      body: Http.compensationListBody,
      summary:
        'A shortfall on the compensation list the processor signed; finance is told to collect (R34)',
      example: {
        lines: [
          {
            itemCode: 'RM-STL-0304',
            quantity: 5,
            cause: 'processing-scrap',
            compensationMinor: 12_000,
          },
        ],
        signedBy: { name: '陈强', title: '昆山精工' },
        signedOn: '2025-03-28',
      },
    },
    {
      step: 'processor-confirmation',
      roles: WORKSHOP,
      body: Http.processorConfirmationBody,
      summary:
        "Not all back by year end: the processor's written confirmation of what it holds (R34)",
      example: {
        letterRef: 'HAN-2025-12-03',
        confirmedBy: { name: '刘洋', title: '厂长' },
        confirmedOn: '2025-12-28',
      },
    },
  ],
});

/** R35: purchased materials — acceptance notice, QC stamp, receipt (or provisional) and invoice. */
const PURCHASES = formRoutes({
  path: 'purchase-receipts',
  what: 'Purchase receipts (R35)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.purchaseReceiptsQuery, response: Http.purchaseReceipts },
  view: Http.purchaseReceiptView,
  create: {
    roles: KEEPER,
    body: Http.newPurchaseReceiptBody,
    summary: 'Record the acceptance notice the purchaser filled in (R35)',
    example: {
      branch: 'SH01',
      noticeNo: 'YS-2025-0311-02',
      supplier: '宝钢不锈',
      purchaser: '王芳',
      lines: [{ itemCode: 'RM-STL-0304', quantity: 500 }],
    },
  },
  steps: [
    {
      step: 'inspection',
      roles: QC,
      body: Http.inspectionBody,
      summary: 'QC stamps the acceptance notice (R35)',
      example: { result: 'passed', reportNo: 'QC-2025-0311-05' },
    },
    {
      step: 'receipt',
      roles: KEEPER,
      body: Http.purchaseReceiptBody,
      summary:
        'Receive against the supplier invoice, or without one provisionally (暂估) at book or market price (R35)',
      example: {
        provisional: {
          basis: 'market',
          lines: [{ itemCode: 'RM-STL-0304', unitPriceMinor: 2_500 }],
        },
      },
    },
    {
      step: 'invoice',
      roles: [...KEEPER, ...FINANCE],
      body: Http.invoiceArrivalBody,
      summary:
        'The invoice arrives: a red entry reverses the provisional one, the real receipt is booked; 409 unless provisional (R35)',
      example: {
        invoiceNo: '31002500001',
        invoiceDate: '2025-04-02',
        lines: [{ itemCode: 'RM-STL-0304', unitPriceMinor: 2_460 }],
      },
    },
  ],
});

/** R36/R37: requisitions for production (workshop custody) and for material leaving. */
const REQUISITIONS = formRoutes({
  path: 'requisitions',
  what: 'Requisitions (R36, R37)',
  readers: WAREHOUSE_STAFF,
  list: { query: Http.requisitionsQuery, response: Http.requisitions },
  view: Http.requisitionView,
  create: {
    roles: [...WORKSHOP, ...SALES, ...KEEPER],
    body: Http.newRequisitionBody,
    summary:
      'A requisition: production against the plan (the workshop director approves), or material sold outside or for after-sales (a manager approves) (R36, R37)',
    example: {
      branch: 'SH01',
      purpose: 'production',
      workshop: '一车间',
      planRef: 'PP-2025-03',
      use: 'pump housings, March batch',
      custody: true,
      lines: [{ itemCode: 'RM-STL-0304', quantity: 300 }],
    },
  },
  steps: [
    {
      step: 'issue',
      roles: KEEPER,
      body: Http.requisitionIssueBody,
      summary:
        'The keeper issues at book price (against a gate pass when it leaves the company) (R36, R37)',
      example: {},
    },
  ],
});

/** R36: workshop custody and its month-end virtual returns. */
const CUSTODY: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'workshop-custody',
    service: 'warehouse',
    to: '/workshop-custody',
    roles: WAREHOUSE_STAFF,
    scope: branchIn.query('branch', 'branch'),
    query: Http.custodyQuery,
    response: Http.custody,
    summary:
      'Material each workshop keeps in custody, and whether its month-end virtual return is due (R36)',
  }),
  route({
    method: 'GET',
    path: 'workshop-custody/reports',
    service: 'warehouse',
    to: '/workshop-custody/reports',
    roles: WAREHOUSE_STAFF,
    scope: branchIn.query('branch', 'branch'),
    query: Http.custodyReportsQuery,
    response: Http.custodyReports,
    summary: "The workshops' month-end reports (主要材料领用明细): held, consumed, unused (R36)",
  }),
  route({
    method: 'POST',
    path: 'workshop-custody/virtual-returns',
    service: 'warehouse',
    to: '/workshop-custody/virtual-returns',
    roles: KEEPER,
    scope: branchIn.body('branch'),
    body: Http.virtualReturnBody,
    response: Http.custodyReportView,
    status: 201,
    summary:
      "Book the workshop's unused material back on the month's last day and out again on the 1st (假退料) (R36)",
    example: {
      branch: 'SH01',
      workshop: '一车间',
      month: '2025-03',
      reportedBy: '赵丽 (车间核算员)',
      lines: [{ itemCode: 'RM-STL-0304', unusedQuantity: 80 }],
    },
  }),
];

/** R28: daily counts per category and the adjustments that clear what they find. */
const COUNTS = [
  ...formRoutes({
    path: 'count-sheets',
    what: 'Count sheets (R28)',
    readers: WAREHOUSE_STAFF,
    list: { query: Http.countSheetsQuery, response: Http.countSheets },
    view: Http.countSheetView,
    create: {
      roles: KEEPER,
      body: Http.newCountSheetBody,
      summary:
        "Open the day's count sheet of a category: every item with a card, long-idle ones marked (R28)",
      example: { branch: 'SH01', category: 'finished-goods' },
    },
    steps: [
      {
        step: 'counts',
        roles: KEEPER,
        body: Http.countsBody,
        summary: 'Enter counted quantities (as often as the count goes) (R28)',
        example: { lines: [{ itemCode: 'FG-PMP-0150', countedQuantity: 23 }] },
      },
      {
        step: 'close',
        roles: KEEPER,
        body: Http.closeSheetBody,
        summary:
          'Close the count: ledger, card and shelf compared in one snapshot, variances listed (R28)',
        example: {},
      },
    ],
  }),
  ...formRoutes({
    path: 'stock-adjustments',
    what: 'Stock adjustments (R28)',
    readers: WAREHOUSE_STAFF,
    list: { query: Http.stockAdjustmentsQuery, response: Http.stockAdjustments },
    view: Http.stockAdjustmentView,
    create: {
      roles: KEEPER,
      body: Http.newStockAdjustmentBody,
      summary:
        "Clear a count's variances, scrap, or long-idle stock — posted to the ledger once approved (R28)",
      example: {
        branch: 'SH01',
        kind: 'count-variance',
        countSheetId: 'CS-SH01-000012',
        reason: 'one pump missing at the count of 12 March',
      },
    },
  }),
];

/** R38: the monthly assessment list per person, its spreadsheet, and a manager's assessment. */
const FINES: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'fines',
    service: 'warehouse',
    to: '/fines',
    roles: FINE_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.finesQuery,
    response: Http.fines,
    summary:
      "The month's assessment list: per person, every line with its clause and explanation (R38)",
  }),
  route({
    method: 'GET',
    path: 'fines/sheet',
    service: 'warehouse',
    to: '/fines/sheet',
    roles: FINE_READERS,
    scope: branchIn.query('branch', 'branch'),
    query: Http.fineSheetQuery,
    response: {
      binary: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
    },
    summary: "The month's assessment list as a spreadsheet for payroll (xlsx or csv) (R38)",
  }),
  route({
    method: 'POST',
    path: 'fines',
    service: 'warehouse',
    to: '/fines',
    roles: ['branch-manager', 'general-manager'],
    scope: branchIn.body('branch'),
    body: Http.newFineBody,
    response: Http.fineLineView,
    status: 201,
    summary:
      'Assess by hand what no form catches: improper receipt 10, incomplete outbound 5, losses borne (R38 4.1, 4.2, 4.6, 4.7)',
    example: {
      branch: 'SH01',
      person: { username: 'warehouse-keeper', role: 'warehouse-keeper' },
      reason: 'improper-receipt',
      subject: { type: 'count-sheet', id: 'CS-SH01-000004' },
      explanation: 'twelve seals found on the shelf with no inbound slip at the daily count',
    },
  }),
];

/** Every form of every warehouse desk. */
export const WAREHOUSE_DESK_ROUTES: readonly ProxiedRoute[] = [
  ...INBOUND,
  ...QC_CLEARANCES,
  ...SALES_ROUTES,
  ...GATE,
  ...RETURNS,
  ...REPLACEMENTS,
  ...ENTRUSTED,
  ...PURCHASES,
  ...REQUISITIONS,
  ...CUSTODY,
  ...COUNTS,
  ...FINES,
];
