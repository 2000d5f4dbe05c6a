import type { DeskPages } from '../pages';

// The order desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {
  'new-inquiry': () => import('./NewInquiryPage').then((m) => m.NewInquiryPage),
  'orders-to-acknowledge': () =>
    import('./OrdersToAcknowledgePage').then((m) => m.OrdersToAcknowledgePage),
  reassign: () => import('./ReassignPage').then((m) => m.ReassignPage),
};
