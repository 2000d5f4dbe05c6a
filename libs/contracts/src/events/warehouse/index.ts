// The warehouse service's own events on warehouse.events: one file per contract, one line below each.
export const warehouseContracts = [] as const;
