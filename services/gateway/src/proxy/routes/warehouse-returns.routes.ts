import { WarehouseHttp as Http } from '@freight/contracts';
import { formRoutes } from './warehouse-form-routes';
import { FINANCE, KEEPER, QC, SALES, WAREHOUSE_STAFF } from './warehouse-roles';

// R31 returns and R32 after-sales replacements (issue 24).

/** R31: returns — QC first; quality problems to the general manager, then finance. */
export const RETURNS = formRoutes({
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
export const REPLACEMENTS = formRoutes({
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
