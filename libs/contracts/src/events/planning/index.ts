// The planning service's own events on planning.events: one file per contract, one line below each.
export const planningContracts = [] as const;
