import { WarehouseHttp as Http } from '@freight/contracts';
import { branchIn, type ProxiedRoute, route } from '../proxied-route';
import { formRoutes } from './warehouse-form-routes';
import { FINE_READERS, KEEPER, WAREHOUSE_STAFF } from './warehouse-roles';

// R28 counts and adjustments, R38 fines (issue 24).

/** R28: daily counts per category and the adjustments that clear what they find. */
export const COUNTS = [
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
export const FINES: ProxiedRoute[] = [
  route({
    method: 'GET',
    path: 'warehouse-fines',
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
    path: 'warehouse-fines/sheet',
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
    path: 'warehouse-fines',
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
