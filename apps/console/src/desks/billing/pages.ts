import type { DeskPages } from '../pages';

// The billing desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {
  'statements-to-check': () => import('./StatementsPage').then((m) => m.StatementsPage),
  receivables: () => import('./ReceivablesPage').then((m) => m.ReceivablesPage),
};
