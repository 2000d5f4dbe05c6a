import type { StubRoute } from '@freight/testing';

/** A stand-in for the tracking service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const TRACKING_ROUTES: StubRoute[] = [];
