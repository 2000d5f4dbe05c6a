import type { Deadline, DeadlineChange, Escalation } from './deadline.model';
import { withSchedule } from './deadline-schedule.rules';

/** R39: the next level lapsed — it fires once, and the deadline climbs to the level above. */
export function fireNextLevel(
  deadline: Deadline,
  now: Date,
): DeadlineChange & { escalation: Escalation } {
  const step = deadline.ladder.find((s) => !s.firedAt);
  if (deadline.state !== 'armed' || !step || new Date(step.fireAt) > now)
    throw new Error(`deadline ${deadline.id} has no lapsed level to fire at ${now.toISOString()}`);
  const ladder = deadline.ladder.map((s) =>
    s === step ? { ...s, firedAt: now.toISOString() } : s,
  );
  const fired = withSchedule({ ...deadline, version: deadline.version + 1 }, ladder);
  const raisedAt = new Date(step.fireAt);
  const escalation: Escalation = {
    deadlineId: deadline.id,
    rule: deadline.rule,
    subject: deadline.subject,
    level: step.level,
    role: step.role,
    dueAt: deadline.dueAt,
    raisedAt,
    firedAt: now,
    latenessMs: now.getTime() - raisedAt.getTime(),
    finalLevel: fired.nextLevel === null,
    payload: deadline.payload,
  };
  const details = {
    level: step.level,
    role: step.role,
    scheduledAt: step.fireAt,
    latenessMs: escalation.latenessMs,
  };
  return { deadline: fired, escalation, entry: { kind: 'level-fired', at: now, details } };
}
