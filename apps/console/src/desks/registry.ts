import type { ComponentType } from 'react';
import type { Phase2Id } from './phase2';

/**
 * The desks' real pages, by the id of the placeholder they replace (phase 2). Each is a lazy
 * import so the first screen stays small, e.g.
 *   'new-call': () => import('./complaint/NewCallPage').then((m) => m.NewCallPage),
 * The route /desk/<id> renders it, the home panel links to it, Alt+N opens 'new-call' and the
 * search box opens 'caller-story' with `?q=`.
 */
export const DESK_PAGES: Partial<Record<Phase2Id, () => Promise<ComponentType>>> = {};
