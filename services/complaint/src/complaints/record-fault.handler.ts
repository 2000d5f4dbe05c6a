import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { loadDesk } from '../desk/desk.store';
import { FinesLedger } from '../fines/fines-ledger';
import type { ActorRef } from '../shared/actor';
import { monthOf } from '../shared/calendar';
import { recordFault } from './complaint-oversight.rules';
import { Complaint, StaffAtFault } from './complaint.entity';
import { commitChange } from './complaint.store';

/** R21: the finding of who was at fault; the month's fines follow in the same transaction. */
@Injectable()
export class RecordFaultHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly fines: FinesLedger,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(id: string, finding: { staff: StaffAtFault[]; note: string }, actor: ActorRef, at?: Date) {
    return this.transactions.run(async (tx) => {
      const complaint = await tx.lock(Complaint, { id }, `complaint ${id}`);
      const now = at ?? this.clock.now();
      const desk = await loadDesk(tx.manager, complaint.branch);
      const change = recordFault(complaint, finding, actor, desk, now);
      await commitChange(tx, change);
      await tx.publish(await this.fines.sync(tx.manager, monthOf(complaint.registeredAt), now));
      return change.complaint;
    });
  }
}
