import type { RateTable } from './rate-table.entity';

const summary = (t: RateTable, applicableId: string | null) => ({
  rateTableId: t.rateTableId,
  version: t.version,
  name: t.name,
  validFrom: t.validFrom.toISOString(),
  validTo: t.validTo?.toISOString() ?? null,
  applicableNow: t.rateTableId === applicableId,
  createdAt: t.createdAt.toISOString(),
  createdBy: t.createdBy,
});

/** One version in a list (OrderHttp.rateTableSummaryView). */
export const rateTableSummaryView = (t: RateTable, applicableId: string | null) => ({
  ...summary(t, applicableId),
  lanes: t.lanes.length,
});

/** One version whole (OrderHttp.rateTableView). */
export const rateTableView = (t: RateTable, applicableId: string | null) => ({
  ...summary(t, applicableId),
  lanes: t.lanes,
  volumetricFactorKgPerM3: t.volumetricFactorKgPerM3,
  minimumChargeMinor: t.minimumChargeMinor,
  dangerousGoodsSurchargeMinor: t.dangerousGoodsSurchargeMinor,
  fees: t.fees,
  regions: t.regions,
});
