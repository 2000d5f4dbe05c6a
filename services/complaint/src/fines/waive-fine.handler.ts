import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { staffRefOf, type ActorRef } from '../shared/actor';
import { FineLine } from './fine-line.entity';
import { FineNotOpen } from './fine.errors';
import { fineLineData } from './fine.events';

/** R21: HQ waives a fine line with its reason (the gateway audits the request). */
@Injectable()
export class WaiveFineHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(id: string, reason: string, actor: ActorRef): Promise<FineLine> {
    return this.transactions.run(async (tx) => {
      const line = await tx.lock(FineLine, { id }, `fine ${id}`);
      if (line.state !== 'issued') throw new FineNotOpen(id, line.state);
      const now = this.clock.now();
      Object.assign(line, {
        state: 'waived',
        waiver: { reason, by: actor.username, byUserId: actor.userId, at: now.toISOString() },
        updatedAt: now,
      });
      await tx.manager.save(line);
      await tx.publish({
        type: 'complaint.fine.waived',
        data: {
          ...fineLineData(line),
          reason,
          waivedBy: staffRefOf(actor),
          waivedAt: now.toISOString(),
        },
      });
      return line;
    });
  }
}
