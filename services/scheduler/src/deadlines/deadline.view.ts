import { DeadlineHistoryRecord } from './deadline-history.entity';
import { DeadlineRecord } from './deadline.entity';

/** A deadline as the gateway reads it. */
export function deadlineView(record: DeadlineRecord) {
  return {
    id: record.id,
    rule: record.rule,
    subject: { type: record.subjectType, id: record.subjectId, branch: record.branch },
    calendar: record.calendar,
    state: record.state,
    dueAt: record.dueAt.toISOString(),
    nextLevel: record.nextLevel,
    nextFireAt: record.nextFireAt?.toISOString() ?? null,
    nextRole: record.nextRole,
    escalatedRole: record.escalatedRole,
    pausedRemainingMs: record.pausedRemainingMs,
    ladder: record.ladder,
    payload: record.payload,
  };
}

export function historyView(entry: DeadlineHistoryRecord) {
  return {
    seq: Number(entry.seq),
    kind: entry.kind,
    at: entry.at.toISOString(),
    details: entry.details,
  };
}
