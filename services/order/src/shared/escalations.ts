import type { EventData } from '@freight/contracts';

// R39 escalations as a record keeps them: which level of which deadline reached whom, when.

export interface Escalation {
  deadlineId: string;
  level: number;
  role: string;
  raisedAt: string;
}

export type EscalationRaised = EventData<'scheduler.escalation.raised'>;

/** The list with this escalation added, or null when that level is already on it. */
export function withEscalation(
  list: readonly Escalation[],
  escalation: EscalationRaised,
): Escalation[] | null {
  if (list.some((e) => e.deadlineId === escalation.deadlineId && e.level === escalation.level))
    return null;
  const { deadlineId, level, role, raisedAt } = escalation;
  return [...list, { deadlineId, level, role, raisedAt }];
}
