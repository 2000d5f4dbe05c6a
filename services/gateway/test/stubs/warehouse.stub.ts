import type { StubRoute } from '@freight/testing';

/** A stand-in for the warehouse service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const WAREHOUSE_ROUTES: StubRoute[] = [];
