import type { DeskPages } from '../pages';

// The planning desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {
  'pickup-planning': () => import('./PickupPlanningPage').then((m) => m.PickupPlanningPage),
};
