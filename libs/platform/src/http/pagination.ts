import { z } from 'zod';
import { ValidationProblem } from './problem';

/**
 * The list conventions of the API (docs/api-conventions.md): `?limit=&cursor=` keyset paging,
 * `?sort=field` or `?sort=-field` (descending), filters as exact-match query parameters. Every
 * list answers `{ items, nextCursor }`; nextCursor is null on the last page. The query and
 * answer schemas are in libs/contracts (`listQuery`, `pageSchema`): the services and the
 * gateway share them; this is how a service makes the page.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: the last row's sort key, base64url-encoded JSON. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify({ k: key })).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string, key: T): z.output<T> {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { k?: unknown };
    return key.parse(parsed.k);
  } catch {
    // The cause (bad base64, JSON or shape) is irrelevant to the client: the cursor is not ours.
    throw new ValidationProblem(
      [{ field: 'cursor', message: 'not a cursor this list issued' }],
      'query',
    );
  }
}

/** Rows fetched with `limit + 1`: the extra row only says that another page exists. */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  toItem: (row: R) => T,
  keyOf: (row: R) => unknown,
): Page<T> {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items: items.map(toItem), nextCursor };
}
