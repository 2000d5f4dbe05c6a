import { Injectable } from '@nestjs/common';
import { Actor, Clock, InjectClock, Transactions, Tx } from '@freight/platform';
import { In, IsNull } from 'typeorm';
import { CustomerPreference } from '../customers/customer.entity';
import { staffRefOf } from '../staff';
import { Pod, PodReturnBatch } from './pod.entity';
import { batchIdOf, CustomerBatch, sortIntoBatches } from './pod.rules';
import { closeReturnPeriodIfDone } from './return-period';

/**
 * R14 at month end: the branch's PODs received in the month are sorted by customer into return
 * batches — to be sent back by courier, or kept at once for customers who asked us to keep
 * them. Run again, it adds what came in since to the customer's batch still waiting to be sent.
 * Returns whether the month's return is complete (its deadline then closes, R39).
 */
@Injectable()
export class BuildReturnsHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(
    branch: string,
    month: string,
    archive: string | undefined,
    actor: Actor,
  ): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const pods = await tx.manager.find(Pod, {
        where: { branch, returnMonth: month, batchId: IsNull(), state: 'received' },
        lock: { mode: 'pessimistic_write' },
      });
      const keeping = await this.keepingCustomers(tx, pods);
      const now = this.clock.now();
      for (const batch of sortIntoBatches(pods, (c) => keeping.has(c)))
        await this.place(
          tx,
          branch,
          month,
          batch,
          archive ?? `${branch} POD archive ${month}`,
          actor,
          now,
        );
      return closeReturnPeriodIfDone(tx, branch, month, now);
    });
  }

  private async keepingCustomers(tx: Tx, pods: Pod[]): Promise<Set<string>> {
    const customers = [...new Set(pods.map((p) => p.customerId))];
    if (customers.length === 0) return new Set();
    const preferences = await tx.manager.findBy(CustomerPreference, {
      customerId: In(customers),
      podReturn: 'keep',
    });
    return new Set(preferences.map((p) => p.customerId));
  }

  private async place(
    tx: Tx,
    branch: string,
    month: string,
    batch: CustomerBatch,
    archive: string,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    const by = staffRefOf(actor);
    const existing = await tx.manager.findBy(PodReturnBatch, {
      branch,
      month,
      customerId: batch.customerId,
    });
    const waiting = existing.find((b) => b.state === 'prepared' && batch.disposition === 'return');
    const batchId = waiting?.id ?? batchIdOf(branch, month, batch.customerId, existing.length + 1);
    if (!waiting) {
      await tx.manager.insert(PodReturnBatch, {
        id: batchId,
        branch,
        month,
        customerId: batch.customerId,
        customerCompany: batch.customerCompany,
        disposition: batch.disposition,
        state: batch.disposition === 'keep' ? 'kept' : 'prepared',
        preparedAt: now,
        preparedBy: by,
        filedAt: batch.disposition === 'keep' ? archive : null,
      });
    }
    await tx.manager.update(
      Pod,
      { waybillNo: In(batch.waybillNos) },
      {
        batchId,
        updatedAt: now,
        ...(batch.disposition === 'keep' ? { state: 'kept' as const } : {}),
      },
    );
    if (batch.disposition === 'keep')
      await tx.publish({
        type: 'tracking.pod.kept',
        data: {
          batchId,
          branch,
          customerId: batch.customerId,
          month,
          waybillNos: batch.waybillNos,
          filedAt: archive,
          keptAt: now.toISOString(),
          keptBy: by,
        },
      });
  }
}
