import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { loadDesk } from '../desk/desk.store';
import type { ActorRef } from '../shared/actor';
import { Complaint } from './complaint.entity';
import { reopenComplaint } from './complaint.rules';
import { commitChange } from './complaint.store';

/** R17: a closed complaint comes back; a new hour and the branch's ladder start again. */
@Injectable()
export class ReopenComplaintHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(id: string, reason: string, actor: ActorRef) {
    return this.transactions.run(async (tx) => {
      const complaint = await tx.lock(Complaint, { id }, `complaint ${id}`);
      const desk = await loadDesk(tx.manager, complaint.branch);
      const change = reopenComplaint(complaint, reason, actor, desk, this.clock.now());
      await commitChange(tx, change);
      return change.complaint;
    });
  }
}
