import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { ActorRef } from '../shared/actor';
import { Complaint } from './complaint.entity';
import { replyToComplaint } from './complaint.rules';
import { commitChange } from './complaint.store';

/** R17: the customer got a reply; the first one cancels the climb in the same transaction. */
@Injectable()
export class ReplyComplaintHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(id: string, reply: { text: string; channel: string }, actor: ActorRef, at?: Date) {
    return this.transactions.run(async (tx) => {
      const complaint = await tx.lock(Complaint, { id }, `complaint ${id}`);
      const change = replyToComplaint(complaint, reply, actor, at ?? this.clock.now());
      await commitChange(tx, change);
      return change.complaint;
    });
  }
}
