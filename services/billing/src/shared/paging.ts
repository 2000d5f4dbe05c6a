import { decodeCursor, encodeCursor, Page } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { rowsOf } from './sql';
import { z } from 'zod';

// Keyset paging for billing's lists (docs/api-conventions.md): `?sort=field|-field`, the cursor
// is the last row's sort key and id, so pages stay stable while rows are added.

const cursorKey = z.tuple([z.string(), z.string()]);

export interface ListSpec {
  /** API sort field → SQL expression */
  sortColumns: Record<string, string>;
  /** the unique tiebreaker column */
  idColumn: string;
}

export interface ListQuery {
  sort: string;
  limit: number;
  cursor?: string;
}

/**
 * The ORDER BY and the cursor's WHERE for a list; the SELECT must return `sort_key` (the sort
 * expression as text) and `row_id` (the tiebreaker as text). `params` receives the cursor's.
 */
export function keyset(spec: ListSpec, query: ListQuery, params: unknown[]) {
  const descending = query.sort.startsWith('-');
  const column = spec.sortColumns[query.sort.replace(/^-/, '')];
  const direction = descending ? 'DESC' : 'ASC';
  // ids compare as plain bytes: a collation might skip the dashes of a uuid
  const id = `${spec.idColumn}::text COLLATE "C"`;
  let where = 'TRUE';
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, cursorKey);
    params.push(value, id);
    where = `(${column}, ${id}) ${descending ? '<' : '>'} ($${params.length - 1}, $${params.length})`;
  }
  return {
    where,
    orderBy: `${column} ${direction}, ${id} ${direction}`,
    select: `${column}::text AS sort_key, ${spec.idColumn}::text AS row_id`,
    limit: query.limit + 1,
  };
}

/** Rows fetched with limit + 1 → the page and its next cursor. */
export function pageFrom<R extends { sort_key: string; row_id: string }, T>(
  rows: R[],
  limit: number,
  toItem: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor([last.sort_key, last.row_id]) : null,
  };
}

/** Exact-match filters of a list: `add('s.branch = ?', query.branch)` skips what is absent. */
export function sqlFilters(params: unknown[]) {
  const where: string[] = [];
  return {
    where,
    add(sql: string, value: unknown): void {
      if (value === undefined || value === null) return;
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    },
  };
}

export interface ListSql<R, T> extends ListSpec {
  /** `SELECT … FROM …` without WHERE; `{page}` marks where the paging columns go in the list */
  select: string;
  /** exact-match filters: `['s.branch = ?', query.branch]`; absent values are skipped */
  filters: [string, unknown][];
  /** conditions of the list itself, always applied */
  where?: string[];
  map: (row: R) => T;
}

/** One page of a list, keyset-paged and filtered in SQL (docs/api-conventions.md). */
export async function listPage<R, T>(
  db: Pick<EntityManager, 'query'>,
  list: ListSql<R, T>,
  query: ListQuery,
  params: unknown[] = [],
): Promise<Page<T>> {
  const { where, add } = sqlFilters(params);
  for (const [sql, value] of list.filters) add(sql, value);
  const page = keyset(list, query, params);
  const rows = await rowsOf<R & { sort_key: string; row_id: string }>(
    db,
    `${list.select.replace('{page}', page.select)}
      WHERE ${[...(list.where ?? []), ...where, page.where].join(' AND ')}
      ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    params,
  );
  return pageFrom(rows, query.limit, list.map);
}
