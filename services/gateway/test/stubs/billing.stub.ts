import type { StubRoute } from '@freight/testing';

/** A stand-in for the billing service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const BILLING_ROUTES: StubRoute[] = [];
