import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { ActorRef } from '../shared/actor';
import { FineLine } from './fine-line.entity';
import { FineNotAssessable, FineNotOpen } from './fine.errors';
import { FinesLedger } from './fines-ledger';

/**
 * R21 5.3 "视情节每次处以 10-50 元": HQ sets a manager-neglect fine within the range; the line is
 * recomputed (and amended) with it.
 */
@Injectable()
export class AssessFineHandler {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: FinesLedger,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(id: string, amountMinor: number, reason: string, _actor: ActorRef): Promise<FineLine> {
    return this.transactions.run(async (tx) => {
      const line = await tx.lock(FineLine, { id }, `fine ${id}`);
      if (line.kind !== 'manager-neglect') throw new FineNotAssessable(id);
      if (line.state === 'withdrawn') throw new FineNotOpen(id, line.state);
      Object.assign(line, { hqAmountMinor: amountMinor, hqAmountReason: reason });
      await tx.manager.save(line);
      await tx.publish(await this.ledger.sync(tx.manager, line.month, this.clock.now()));
      return tx.manager.findOneByOrFail(FineLine, { id });
    });
  }
}
