import { decodeCursor, Page, pageOf } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { HistoryLine, HistorySubject } from './history-line.entity';
import type { FieldChange, HistoryValue } from './history.rules';
import type { StaffRef } from './staff';

/** Appends a record's changes to its history (R1, R4), in the change's transaction. */
export async function recordHistory(
  manager: EntityManager,
  subject: HistorySubject,
  changes: FieldChange[],
  by: StaffRef,
  at: Date,
  source: HistoryLine['source'] = 'record',
): Promise<void> {
  if (changes.length === 0) return;
  await manager.insert(
    HistoryLine,
    changes.map((c) => ({
      subjectType: subject.type,
      subjectId: subject.id,
      at,
      by,
      field: c.field,
      from: c.from as HistoryValue,
      to: c.to as HistoryValue,
      source,
    })),
  );
}

/** A record's history, oldest first, in keyset pages. */
export async function historyPage(
  manager: EntityManager,
  subject: HistorySubject,
  page: { limit: number; cursor?: string },
): Promise<Page<HistoryLine>> {
  const qb = manager
    .createQueryBuilder(HistoryLine, 'h')
    .where('h.subjectType = :type AND h.subjectId = :id', subject);
  if (page.cursor) qb.andWhere('h.seq > :after', { after: decodeCursor(page.cursor, z.string()) });
  const rows = await qb
    .orderBy('h.seq', 'ASC')
    .limit(page.limit + 1)
    .getMany();
  return pageOf(
    rows,
    page.limit,
    (h) => h,
    (h) => h.seq,
  );
}

export const historyLineView = (h: HistoryLine) => ({
  at: h.at.toISOString(),
  by: h.by,
  field: h.field,
  from: h.from,
  to: h.to,
});
