import { z } from 'zod';
import { ValidationProblem } from './problem';

/**
 * The list conventions of the API (docs/api-conventions.md): `?limit=&cursor=` keyset paging,
 * `?sort=field` or `?sort=-field` (descending), filters as exact-match query parameters. Every
 * list answers `{ items, nextCursor }`; nextCursor is null on the last page.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The documented shape of a page of `item`s. */
export const pageSchema = (item: z.ZodType) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('pass as ?cursor= for the next page; null on the last'),
  });

export const MAX_PAGE_SIZE = 100;

/** A strict query schema for a list: paging, one of `sortFields` (either way), and the filters. */
export function listQuery<F extends z.ZodRawShape, S extends string>(
  sortFields: readonly [S, ...S[]],
  defaultSort: S | `-${S}`,
  filters: F,
) {
  const sorts = sortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.strictObject({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE)
      .default(50)
      .describe(`page size, 1–${MAX_PAGE_SIZE}`),
    cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
    sort: z
      .enum(sorts)
      .default(defaultSort)
      .describe('field to sort by; a leading - sorts descending'),
    ...filters,
  });
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
