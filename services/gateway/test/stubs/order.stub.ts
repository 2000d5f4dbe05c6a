import type { StubRoute } from '@freight/testing';
import { exampleOrder } from '@freight/contracts';

/** A stand-in for the order service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const ORDER_ROUTES: StubRoute[] = [
  // For the gateway's composed waybill view only (GET /api/v1/waybills/{no}, issue 22), added by
  // the tracking service's engineer: the order service exposes GET /orders/by-waybill/{no} with
  // the order snapshot (libs/contracts order.schemas.ts) and its status. `GZ…` waybills are GZ01's.
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
];
