import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { ActorRef } from '../shared/actor';
import { annotate } from './complaint-oversight.rules';
import { Complaint } from './complaint.entity';
import { recordStep } from './complaint.rules';
import { commitChange } from './complaint.store';

/** R18: a handling step on the register (or, from HQ, an annotation on HQ's copy). */
@Injectable()
export class RecordStepHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(
    id: string,
    text: string,
    actor: ActorRef,
    options: { hqAnnotation?: boolean; at?: Date } = {},
  ) {
    return this.transactions.run(async (tx) => {
      const complaint = await tx.lock(Complaint, { id }, `complaint ${id}`);
      const now = options.at ?? this.clock.now();
      const change = options.hqAnnotation
        ? annotate(complaint, text, actor, now)
        : recordStep(complaint, text, actor, now);
      await commitChange(tx, change);
      return change.complaint;
    });
  }
}
