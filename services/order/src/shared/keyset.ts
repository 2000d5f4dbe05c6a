import { decodeCursor } from '@freight/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';

// Keyset pages of lists ordered newest first by (time, id): the cursor is the last row's pair,
// and the next page starts strictly below it — one index range scan per page, however deep
// (R6; docs/api-conventions.md).

const timeAndId = z.tuple([z.iso.datetime({ offset: true }), z.string()]);

/** Orders by `time DESC, id DESC`, continuing after the cursor, and fetches limit + 1 rows. */
export function newestFirst<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: { time: string; id: string },
  page: { limit: number; cursor?: string },
): SelectQueryBuilder<T> {
  if (page.cursor) {
    const [time, id] = decodeCursor(page.cursor, timeAndId);
    qb.andWhere(`(${columns.time}, ${columns.id}) < (:cursorTime, :cursorId)`, {
      cursorTime: time,
      cursorId: id,
    });
  }
  return qb
    .orderBy(columns.time, 'DESC')
    .addOrderBy(columns.id, 'DESC')
    .limit(page.limit + 1);
}

/** The cursor key of a row: its time and id. */
export const keyOf = (time: Date, id: string) => [time.toISOString(), id];
