import { WarehouseHttp as Http } from '@freight/contracts';
import type { ProxiedRoute } from '../proxied-route';
import { formRoutes } from './warehouse-form-routes';
import { KEEPER, QC, WAREHOUSE_STAFF, WORKSHOP } from './warehouse-roles';

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

/** Every form of every warehouse desk. */
export const WAREHOUSE_DESK_ROUTES: readonly ProxiedRoute[] = [...INBOUND];
