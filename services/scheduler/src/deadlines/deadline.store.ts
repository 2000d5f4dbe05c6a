import type { EntityManager } from 'typeorm';
import { DeadlineRecord } from './deadline.entity';
import { toDeadline, toRecord } from './deadline.mapper';
import type { Deadline, DeadlineChange } from './deadline.model';

/**
 * The deadline, row-locked until the transaction ends: a command waits for a firer holding it
 * (and the firer skips a row a command holds), so a cancel and a fire never interleave.
 */
export async function lockDeadline(manager: EntityManager, id: string): Promise<Deadline | null> {
  const record = await manager.findOne(DeadlineRecord, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  return record ? toDeadline(record) : null;
}

/** The open deadlines of a subject, locked, oldest first (cancel by subject). */
export async function lockOpenDeadlinesOf(
  manager: EntityManager,
  subject: { type: string; id: string },
): Promise<Deadline[]> {
  const records = await manager
    .createQueryBuilder(DeadlineRecord, 'd')
    .where('d.subject_type = :type AND d.subject_id = :id', subject)
    .andWhere(`d.state IN ('armed', 'paused', 'escalated')`)
    .orderBy('d.created_at')
    .addOrderBy('d.id')
    .setLock('pessimistic_write')
    .getMany();
  return records.map(toDeadline);
}

/** Saves the decided state and appends its history line, in the caller's transaction. */
export async function recordChange(manager: EntityManager, change: DeadlineChange): Promise<void> {
  await manager.save(toRecord(change.deadline));
  await manager.query(
    'INSERT INTO deadline_history (deadline_id, kind, at, details) VALUES ($1, $2, $3, $4)',
    [change.deadline.id, change.entry.kind, change.entry.at, JSON.stringify(change.entry.details)],
  );
}
