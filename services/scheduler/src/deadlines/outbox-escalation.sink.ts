import { createHash } from 'node:crypto';
import { schedulerEscalationRaisedV1, type EventData } from '@freight/contracts';
import { OutboxWriter } from '@freight/messaging';
import type { EntityManager } from 'typeorm';
import type { Escalation } from './deadline.model';
import type { EscalationSink } from './escalation.sink';

/**
 * The event id of a level, the same on every attempt: the outbox's unique event_id refuses a
 * second copy in the database, and consumers' inboxes would skip one downstream (R39).
 */
export function escalationEventId(deadlineId: string, level: number): string {
  const hex = createHash('sha256').update(`${deadlineId}\u0000${level}`).digest('hex');
  // laid out as an RFC 4122 version 8 (custom) UUID, as the outbox column is a uuid
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function toEventData(escalation: Escalation): EventData<'scheduler.escalation.raised'> {
  return {
    deadlineId: escalation.deadlineId,
    rule: escalation.rule,
    subject: escalation.subject,
    level: escalation.level,
    role: escalation.role as EventData<'scheduler.escalation.raised'>['role'],
    dueAt: escalation.dueAt.toISOString(),
    raisedAt: escalation.raisedAt.toISOString(),
    levelDueAt: escalation.raisedAt.toISOString(),
    firedAt: escalation.firedAt.toISOString(),
    latenessMs: Math.max(0, Math.round(escalation.latenessMs)),
    finalLevel: escalation.finalLevel,
    payload: escalation.payload,
  };
}

/** scheduler.escalation.raised on scheduler.escalations, through the service's outbox. */
export class OutboxEscalationSink implements EscalationSink {
  constructor(private readonly outbox: OutboxWriter) {}

  async raise(manager: EntityManager, escalations: Escalation[]): Promise<void> {
    await this.outbox.append(
      manager,
      escalations.map((escalation) => ({
        type: schedulerEscalationRaisedV1.type,
        version: schedulerEscalationRaisedV1.version,
        id: escalationEventId(escalation.deadlineId, escalation.level),
        branch: escalation.subject.branch,
        time: escalation.firedAt,
        data: toEventData(escalation),
      })),
    );
  }
}
