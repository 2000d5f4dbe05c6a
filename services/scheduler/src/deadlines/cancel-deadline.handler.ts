import { Inject, Injectable } from '@nestjs/common';
import { OutboxWriter } from '@freight/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK, inTransaction } from '@freight/platform';
import type { Deadline } from './deadline.model';
import { deadlineClosedEvent } from './deadline-closed.events';
import { closeDeadline } from './deadline.rules';
import { lockDeadline, lockOpenDeadlinesOf, recordChange } from './deadline.store';

export const CANCEL_REASONS = ['done', 'withdrawn', 'superseded'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export type CancelTarget = { deadlineId: string } | { subject: { type: string; id: string } };

/**
 * R39: the work is done (→ completed) or no longer applies (→ cancelled). Unknown or already
 * closed deadlines are a no-op, so a late or repeated cancel is harmless. Each deadline it
 * closes publishes scheduler.deadline.completed / .cancelled through the outbox, in the same
 * transaction as the state change.
 */
@Injectable()
export class CancelDeadlineHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Returns the deadlines this call closed. */
  handle(target: CancelTarget, reason: CancelReason, manager?: EntityManager): Promise<Deadline[]> {
    return inTransaction(this.dataSource, manager, async (tx) => {
      const deadlines =
        'deadlineId' in target
          ? [await lockDeadline(tx, target.deadlineId)].filter((d): d is Deadline => d !== null)
          : await lockOpenDeadlinesOf(tx, target.subject);
      const closed: Deadline[] = [];
      const now = this.clock.now();
      for (const deadline of deadlines) {
        const change = closeDeadline(deadline, reason, now);
        if (!change) continue;
        await recordChange(tx, change);
        closed.push(change.deadline);
      }
      await this.outbox.append(
        tx,
        closed.map((deadline) => deadlineClosedEvent(deadline, reason, now)),
      );
      return closed;
    });
  }
}
