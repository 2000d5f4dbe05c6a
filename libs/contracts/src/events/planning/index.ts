import { planningPlanPublishedV1 } from './planning.plan.published.v1';

export * from './planning.plan.published.v1';
export * from './planning.schemas';

// The planning service's own events on planning.events: one file per contract, one line below each.
export const planningContracts = [planningPlanPublishedV1] as const;
