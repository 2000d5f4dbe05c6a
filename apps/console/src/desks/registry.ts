import * as billing from './billing/pages';
import * as caller from './caller/pages';
import * as complaint from './complaint/pages';
import * as order from './order/pages';
import type { DeskPages } from './pages';
import * as planning from './planning/pages';
import * as reports from './reports/pages';
import * as tracking from './tracking/pages';
import * as warehouse from './warehouse/pages';

/**
 * The desks' real pages, by the id of the placeholder they replace (phase 2). Each desk lists
 * its own in `<desk>/pages.ts` as lazy imports so the first screen stays small, e.g.
 *   'new-call': () => import('./NewCallPage').then((m) => m.NewCallPage),
 * The route /desk/<id> renders it, the home panel links to it, Alt+N opens 'new-call' and the
 * search box opens 'caller-story' with `?q=`.
 */
export const DESK_PAGES: DeskPages = {
  ...caller.PAGES,
  ...order.PAGES,
  ...complaint.PAGES,
  ...tracking.PAGES,
  ...billing.PAGES,
  ...warehouse.PAGES,
  ...planning.PAGES,
  ...reports.PAGES,
};
