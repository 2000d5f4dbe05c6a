import type { EntityManager } from 'typeorm';

// Billing reads and writes with SQL (decision 0070): month-end work is set-based, and rows are
// mapped to views in one place per area. TypeORM answers UPDATE/DELETE as [rows, count] and
// everything else as rows: `rowsOf` gives rows either way.

type Queryable = Pick<EntityManager, 'query'>;

export async function rowsOf<T = Record<string, unknown>>(
  db: Queryable,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const result: unknown = await db.query(text, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}

export async function oneOf<T = Record<string, unknown>>(
  db: Queryable,
  text: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  return (await rowsOf<T>(db, text, params))[0];
}

/** A timestamptz column as an ISO string (null stays null). */
export const iso = (value: Date | string | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString();

/** A date column (node-postgres gives `date` as a local-midnight Date) as `YYYY-MM-DD`. */
export function isoDate(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
