// R1, R4: every change kept as history — which field, old → new. Plain values compared by their
// JSON, so a contact list or an address counts as changed only when its content differs.

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of `patch` whose value differs from `current` (a field left out of the patch is
 * unchanged; `null` removes an optional value). Nested objects are compared, and reported, one
 * level down (`cargo.pieces`), so a history line says what an agent actually changed.
 */
export function changesOf(
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
  nested: readonly string[] = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = current[field];
    if (nested.includes(field) && isPlainObject(to) && isPlainObject(from)) {
      for (const change of changesOf(from, to))
        changes.push({ ...change, field: `${field}.${change.field}` });
    } else if (!same(from, to)) {
      changes.push({ field, from: from ?? null, to });
    }
  }
  return changes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a history line's old and new values are stored as (jsonb). */
export type HistoryValue = object | string | number | boolean | null;
