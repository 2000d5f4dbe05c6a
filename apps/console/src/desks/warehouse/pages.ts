import type { DeskPages } from '../pages';

// The warehouse desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
export const PAGES: DeskPages = {};
