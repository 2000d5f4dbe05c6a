import { WarehouseHttp as Http } from '@freight/contracts';
import { branchIn, route } from '../proxied-route';
import { formRoutes } from './warehouse-form-routes';
import { pathId } from '@freight/platform';
import { FINANCE, KEEPER, QC, SALES, WAREHOUSE_STAFF, WORKSHOP } from './warehouse-roles';

// R27 inbound and R29/R30/R33 sales with their gate passes (issue 24).

/** R27: finished goods in — the slip, QC's stamp, the keeper's receipt (signature: approvals). */
export const INBOUND = formRoutes({
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
export const QC_CLEARANCES = formRoutes({
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
export const SALES_ROUTES = formRoutes({
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
export const GATE = [
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
