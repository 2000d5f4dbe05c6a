import type { StubRoute } from '@freight/testing';

/** A stand-in for the complaint service's internal API: `sh-…` records are SH01's, `gz-…` GZ01's. */
export const COMPLAINT_ROUTES: StubRoute[] = [];
