import {
  schedulerDeadlineCancelledV1,
  schedulerDeadlineCompletedV1,
  type EventData,
} from '@freight/contracts';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { Deadline } from './deadline.model';

/**
 * scheduler.deadline.completed / .cancelled on scheduler.escalations: the end of a deadline,
 * appended to the outbox in the transaction that closes it (R39), so front ends can clear it.
 */
export function deadlineClosedEvent(
  closed: Deadline,
  reason: string,
  at: Date,
): KnownOutgoingEvent {
  const common = {
    deadlineId: closed.id,
    rule: closed.rule,
    subject: closed.subject,
    dueAt: closed.dueAt.toISOString(),
    levelsFired: closed.ladder.filter((step) => step.firedAt).length,
  };
  if (closed.state === 'completed') {
    const data: EventData<'scheduler.deadline.completed'> = {
      ...common,
      completedAt: at.toISOString(),
    };
    return {
      type: schedulerDeadlineCompletedV1.type,
      data,
      branch: closed.subject.branch,
      time: at,
    };
  }
  const data: EventData<'scheduler.deadline.cancelled'> = {
    ...common,
    reason: reason as EventData<'scheduler.deadline.cancelled'>['reason'],
    cancelledAt: at.toISOString(),
  };
  return { type: schedulerDeadlineCancelledV1.type, data, branch: closed.subject.branch, time: at };
}
