import type { DeskPages } from '../pages';

// The complaint desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {
  'new-call': () => import('./NewCallPage').then((m) => m.NewCallPage),
  'complaint-register': () =>
    import('./ComplaintRegisterPage').then((m) => m.ComplaintRegisterPage),
  'service-star': () => import('./ServiceStarPage').then((m) => m.ServiceStarPage),
};
