import type { DeskPages } from '../pages';

// The reports desk's pages, by the id of the placeholder each replaces (lazy: the first screen
// stays small, and the chart library comes with these pages only — decision 0103).
const reports = () => import('./pages-impl');

export const PAGES: DeskPages = {
  'my-day': () => reports().then((m) => m.MyDayPage),
  'monthly-reports': () => reports().then((m) => m.MonthlyReportsPage),
  fines: () => reports().then((m) => m.FinesPage),
  'monthly-statistics': () => reports().then((m) => m.MonthlyStatisticsPage),
  'all-branches': () => reports().then((m) => m.AllBranchesPage),
};
