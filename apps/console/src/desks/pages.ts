import type { ComponentType } from 'react';
import type { Phase2Id } from './phase2';

/** Pages of a desk by the id of the placeholder they replace, each a lazy import. */
export type DeskPages = Partial<Record<Phase2Id, () => Promise<ComponentType>>>;
