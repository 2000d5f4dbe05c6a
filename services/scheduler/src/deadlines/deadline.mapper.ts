import type { Deadline } from './deadline.model';
import { DeadlineRecord } from './deadline.entity';

/** What the aggregate is made of: the row without its derived queue and bookkeeping columns. */
export type DeadlineFields = Omit<
  DeadlineRecord,
  'nextRole' | 'escalatedRole' | 'createdAt' | 'updatedAt'
>;

/** Row → aggregate. */
export function toDeadline(record: DeadlineFields): Deadline {
  return {
    id: record.id,
    rule: record.rule,
    subject: { type: record.subjectType, id: record.subjectId, branch: record.branch },
    calendar: record.calendar,
    dueAt: record.dueAt,
    ladder: record.ladder,
    state: record.state,
    nextLevel: record.nextLevel,
    nextFireAt: record.nextFireAt,
    pausedRemainingMs: record.pausedRemainingMs,
    payload: record.payload,
    armDigest: record.armDigest,
    version: record.version,
  };
}

/** Aggregate → row, with the queue columns derived from the ladder. */
export function toRecord(deadline: Deadline): DeadlineRecord {
  const fired = deadline.ladder.filter((step) => step.firedAt);
  const next = deadline.ladder.find((step) => !step.firedAt);
  return Object.assign(new DeadlineRecord(), {
    id: deadline.id,
    rule: deadline.rule,
    subjectType: deadline.subject.type,
    subjectId: deadline.subject.id,
    branch: deadline.subject.branch,
    calendar: deadline.calendar,
    dueAt: deadline.dueAt,
    ladder: deadline.ladder,
    state: deadline.state,
    nextLevel: deadline.nextLevel,
    nextFireAt: deadline.nextFireAt,
    nextRole: next?.role ?? null,
    escalatedRole: fired.at(-1)?.role ?? null,
    pausedRemainingMs: deadline.pausedRemainingMs,
    payload: deadline.payload,
    armDigest: deadline.armDigest,
    version: deadline.version,
  });
}
