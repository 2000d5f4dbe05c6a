import type { StubRoute } from '@freight/testing';

/** A stand-in for the complaint service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const COMPLAINT_ROUTES: StubRoute[] = [
  // For the gateway's composed waybill view only (GET /api/v1/waybills/{no}, issue 22), added by
  // the tracking service's engineer: a waybill's complaints, `?waybillNo=&branch=`.
  {
    method: 'GET',
    path: '/complaints',
    answer: ({ query }) => ({
      status: 200,
      body: {
        items: [
          { id: 'sh-1', branch: 'SH01', waybillNo: query.get('waybillNo'), cause: 'late delivery' },
        ].filter((c) => !query.get('branch') || c.branch === query.get('branch')),
        nextCursor: null,
      },
    }),
  },
];
