import { z } from 'zod';

// What every service's internal HTTP API shares with the gateway that documents it: lists and
// their paging (docs/api-conventions.md).

/** A page of a list: `{ items, nextCursor }`, nextCursor null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('pass as ?cursor= for the next page; null on the last'),
  });

/** A whole list (short lists that are never paged): `{ items }`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The schema of a page of `item`s (the name the gateway's own routes use). */
export const pageSchema = pageOf;

export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=` of a paged list. */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(50)
    .describe(`page size, 1–${MAX_PAGE_SIZE}`),
  cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
};

/** A strict query schema for a list: paging, one of `sortFields` (either way), and the filters. */
export function listQuery<F extends z.ZodRawShape, S extends string>(
  sortFields: readonly [S, ...S[]],
  defaultSort: S | `-${S}`,
  filters: F,
) {
  const sorts = sortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.strictObject({
    ...pageQuery,
    sort: z
      .enum(sorts)
      .default(defaultSort)
      .describe('field to sort by; a leading - sorts descending'),
    ...filters,
  });
}

/**
 * `?branch=` of a branch-scoped list. The gateway sets it to a branch user's own branch (R41:
 * the service filters in SQL, so every page is full); HQ roles may set it to narrow the list.
 */
export const branchQuery = {
  branch: z
    .string()
    .min(1)
    .max(16)
    .optional()
    .describe("the branch's code; forced to yours unless you are HQ"),
};

/** An IANA time zone, e.g. Asia/Shanghai (checked by the runtime's own zone database). */
export const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}, 'expected an IANA time zone, e.g. Asia/Shanghai');
