import type { DeskPages } from '../pages';

// The caller desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {
  'caller-story': () => import('./CallerStoryPage').then((m) => m.CallerStoryPage),
};
