import type { ProxiedRoute } from '../proxied-route';
import { COUNTS, FINES } from './warehouse-counts.routes';
import { CUSTODY, ENTRUSTED, PURCHASES, REQUISITIONS } from './warehouse-materials.routes';
import { REPLACEMENTS, RETURNS } from './warehouse-returns.routes';
import { GATE, INBOUND, QC_CLEARANCES, SALES_ROUTES } from './warehouse-sales.routes';

/** Every form of every warehouse desk, one file per group of desks. */
export const WAREHOUSE_DESK_ROUTES: readonly ProxiedRoute[] = [
  ...INBOUND,
  ...QC_CLEARANCES,
  ...SALES_ROUTES,
  ...GATE,
  ...RETURNS,
  ...REPLACEMENTS,
  ...ENTRUSTED,
  ...PURCHASES,
  ...REQUISITIONS,
  ...CUSTODY,
  ...COUNTS,
  ...FINES,
];
