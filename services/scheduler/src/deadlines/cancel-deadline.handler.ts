import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '../clock/clock';
import type { Deadline } from './deadline.model';
import { closeDeadline } from './deadline.rules';
import { inTransaction, lockDeadline, lockOpenDeadlinesOf, recordChange } from './deadline.store';

export const CANCEL_REASONS = ['done', 'withdrawn', 'superseded'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export type CancelTarget = { deadlineId: string } | { subject: { type: string; id: string } };

/**
 * R39: the work is done (→ completed) or no longer applies (→ cancelled). Unknown or already
 * closed deadlines are a no-op, so a late or repeated cancel is harmless.
 */
@Injectable()
export class CancelDeadlineHandler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns the deadlines this call closed. */
  handle(target: CancelTarget, reason: CancelReason, manager?: EntityManager): Promise<Deadline[]> {
    return inTransaction(this.dataSource, manager, async (tx) => {
      const deadlines =
        'deadlineId' in target
          ? [await lockDeadline(tx, target.deadlineId)].filter((d): d is Deadline => d !== null)
          : await lockOpenDeadlinesOf(tx, target.subject);
      const closed: Deadline[] = [];
      for (const deadline of deadlines) {
        const change = closeDeadline(deadline, reason, this.clock.now());
        if (!change) continue;
        await recordChange(tx, change);
        closed.push(change.deadline);
      }
      return closed;
    });
  }
}
