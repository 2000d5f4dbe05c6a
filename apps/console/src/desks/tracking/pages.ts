import type { DeskPages } from '../pages';

// The tracking desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {
  'shipment-tracking': () => import('./ShipmentTrackingPage').then((m) => m.ShipmentTrackingPage),
  exceptions: () => import('./ExceptionsPage').then((m) => m.ExceptionsPage),
  'pod-custody': () => import('./PodCustodyPage').then((m) => m.PodCustodyPage),
};
