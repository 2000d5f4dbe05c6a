import type { OrderHttp } from '@freight/contracts';
import type { FieldProblem } from '@freight/platform';
import type { z } from 'zod';
import type { StaffRef } from '../shared/staff';
import type { Lane, RateTable } from './rate-table.entity';

// R3: versioned rate tables with validity dates. Pure rules: a table holds together, and which
// version quotes at a given moment.

export type NewRateTable = z.output<typeof OrderHttp.newRateTableBody>;

const ascending = (values: number[]) => values.every((v, i) => i === 0 || v > values[i - 1]);

/** What makes a table unusable: unknown regions, a lane twice, breaks not from 0 upwards. */
export function tableProblems(
  input: Pick<NewRateTable, 'regions'>,
  lanes: Lane[],
  where: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const codes = input.regions.map((r) => r.code);
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i)
      problems.push({ field: `regions.${i}.code`, message: `${code} is listed twice` });
  });
  const seen = new Set<string>();
  lanes.forEach((lane, i) => {
    const at = (field: string, message: string) =>
      problems.push({ field: `${where}.${i}.${field}`, message });
    const key = `${lane.origin}→${lane.destination}`;
    if (!codes.includes(lane.origin)) at('origin', `region ${lane.origin} is not in regions`);
    if (!codes.includes(lane.destination))
      at('destination', `region ${lane.destination} is not in regions`);
    if (seen.has(key)) at('origin', `lane ${key} is listed twice`);
    seen.add(key);
    const weights = lane.weightBreaks.map((b) => b.fromKg);
    if (weights[0] !== 0 || !ascending(weights))
      at('weightBreaks', `${key}: weight breaks must start at 0 kg and go up`);
    const volumes = lane.volumeBreaks.map((b) => b.fromM3);
    if (volumes.length > 0 && (volumes[0] !== 0 || !ascending(volumes)))
      at('volumeBreaks', `${key}: volume breaks must start at 0 m³ and go up`);
  });
  return problems;
}

/** Breaks in ascending order, as the CSV may list them in any. */
export function sortedLanes(lanes: Lane[]): Lane[] {
  return lanes.map((l) => ({
    ...l,
    weightBreaks: [...l.weightBreaks].sort((a, b) => a.fromKg - b.fromKg),
    volumeBreaks: [...l.volumeBreaks].sort((a, b) => a.fromM3 - b.fromM3),
  }));
}

export function isValidAt(table: Pick<RateTable, 'validFrom' | 'validTo'>, at: Date): boolean {
  return table.validFrom <= at && (table.validTo === null || at < table.validTo);
}

/** R3: the version that quotes at `at` — of those valid then, the newest. */
export function applicableAt<T extends Pick<RateTable, 'validFrom' | 'validTo' | 'version'>>(
  tables: readonly T[],
  at: Date,
): T | null {
  return tables.filter((t) => isValidAt(t, at)).sort((a, b) => b.version - a.version)[0] ?? null;
}

export function openRateTable(
  input: NewRateTable,
  lanes: Lane[],
  version: number,
  by: StaffRef,
  now: Date,
): RateTable {
  return {
    rateTableId: `RT-${String(version).padStart(4, '0')}`,
    version,
    name: input.name,
    validFrom: new Date(input.validFrom),
    validTo: input.validTo ? new Date(input.validTo) : null,
    volumetricFactorKgPerM3: input.volumetricFactorKgPerM3,
    minimumChargeMinor: input.minimumChargeMinor,
    dangerousGoodsSurchargeMinor: input.dangerousGoodsSurchargeMinor,
    fees: input.fees,
    regions: input.regions,
    lanes: sortedLanes(lanes),
    createdAt: now,
    createdBy: by,
  };
}
