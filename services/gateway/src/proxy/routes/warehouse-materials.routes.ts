import { WarehouseHttp as Http } from '@freight/contracts';
import { branchIn, type ProxiedRoute, route } from '../proxied-route';
import { formRoutes } from './warehouse-form-routes';
import { FINANCE, KEEPER, QC, SALES, WAREHOUSE_STAFF, WORKSHOP } from './warehouse-roles';

// R34 entrusted processing, R35 purchases, R36/R37 requisitions and workshop custody (issue 24).

/** R34: entrusted processing — out on a requisition, back against it, or compensated. */
export const ENTRUSTED = formRoutes({
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
export const PURCHASES = formRoutes({
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
export const REQUISITIONS = formRoutes({
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
export const CUSTODY: ProxiedRoute[] = [
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
