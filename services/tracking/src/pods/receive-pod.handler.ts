import { Injectable } from '@nestjs/common';
import { Actor, Clock, InjectClock, NotFoundProblem, Transactions } from '@freight/platform';
import { Shipment } from '../shipments/shipment.entity';
import { staffRefOf } from '../staff';
import { stopChase } from './pod.deadlines';
import { Pod } from './pod.entity';
import { PodNotRequired, ShipmentNotDelivered } from './pod.errors';
import { checkExpected, monthOf } from './pod.rules';
import { openReturnPeriod } from './return-period';

export interface PodReceipt {
  receivedAtBranch?: string;
  filedAt: string;
  imageRef?: string;
  remarks?: string;
}

/**
 * R14 custody: the paper POD arrived — at which branch, when, taken in by whom, filed where, and
 * its scan. Its chase stops; it joins this month's return (whose deadline opens with the first).
 */
@Injectable()
export class ReceivePodHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(waybillNo: string, receipt: PodReceipt, actor: Actor): Promise<void> {
    return this.transactions.run(async (tx) => {
      const pod = await tx.manager.findOne(Pod, {
        where: { waybillNo },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pod) {
        const shipment = await tx.manager.findOneBy(Shipment, { waybillNo });
        if (!shipment) throw new NotFoundProblem(`no shipment ${waybillNo}`);
        throw shipment.deliveredAt
          ? new PodNotRequired(waybillNo)
          : new ShipmentNotDelivered(waybillNo);
      }
      checkExpected(waybillNo, pod.state);
      const now = this.clock.now();
      Object.assign(pod, {
        state: 'received',
        receivedAt: now,
        receivedAtBranch: receipt.receivedAtBranch ?? actor.branch,
        receivedBy: staffRefOf(actor),
        filedAt: receipt.filedAt,
        imageRef: receipt.imageRef ?? null,
        remarks: receipt.remarks ?? null,
        returnMonth: monthOf(now),
        updatedAt: now,
      });
      await tx.manager.save(pod);
      await tx.publish([
        {
          type: 'tracking.pod.received',
          data: {
            waybillNo,
            branch: pod.branch,
            customerId: pod.customerId,
            receivedAt: now.toISOString(),
            receivedAtBranch: pod.receivedAtBranch!,
            receivedBy: pod.receivedBy!,
          },
        },
        stopChase(waybillNo, pod.branch),
      ]);
      await openReturnPeriod(tx, pod.branch, pod.returnMonth!);
    });
  }
}
