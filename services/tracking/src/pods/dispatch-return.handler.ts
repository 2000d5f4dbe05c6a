import { Injectable } from '@nestjs/common';
import { Actor, Clock, InjectClock, Transactions } from '@freight/platform';
import { staffRefOf } from '../staff';
import { Pod, PodReturnBatch } from './pod.entity';
import { checkPrepared } from './pod.rules';
import { closeReturnPeriodIfDone } from './return-period';

export interface ReturnDispatch {
  courier: string;
  courierRef: string;
  sentAt?: string;
}

/** R14: a customer's return batch goes out by courier (its reference and date are recorded). */
@Injectable()
export class DispatchReturnHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(batchId: string, dispatch: ReturnDispatch, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const batch = await tx.lock(PodReturnBatch, { id: batchId }, `return batch ${batchId}`);
      checkPrepared(batchId, batch.state);
      const now = this.clock.now();
      const sentAt = dispatch.sentAt ? new Date(dispatch.sentAt) : now;
      const by = staffRefOf(actor);
      Object.assign(batch, {
        state: 'sent',
        courier: dispatch.courier,
        courierRef: dispatch.courierRef,
        sentAt,
        sentBy: by,
      });
      await tx.manager.save(batch);
      await tx.manager.update(Pod, { batchId }, { state: 'returned', updatedAt: now });
      const pods = await tx.manager.find(Pod, { where: { batchId }, order: { waybillNo: 'ASC' } });
      await tx.publish({
        type: 'tracking.pod.returned',
        data: {
          batchId,
          branch: batch.branch,
          customerId: batch.customerId,
          month: batch.month,
          waybillNos: pods.map((p) => p.waybillNo),
          courier: dispatch.courier,
          courierRef: dispatch.courierRef,
          sentAt: sentAt.toISOString(),
          sentBy: by,
        },
      });
      await closeReturnPeriodIfDone(tx, batch.branch, batch.month, now);
    });
  }
}
