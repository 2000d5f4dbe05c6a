import { Injectable } from '@nestjs/common';
import { isValidWaybillNo } from '@freight/contracts';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import {
  EnqueueNotificationsHandler,
  statusChangesOf,
} from '../notifications/enqueue-notifications.handler';
import { InvalidWaybillNo } from './shipment.errors';
import { ShipmentProgress } from './shipment-progress';
import { insertSteps, lockShipments, lockWaybills, NewStep, saveSummaries } from './shipment.store';
import type { StoredStep } from './tracking-step';

/**
 * R11 ingest: a chunk of dispatch's steps (up to the consumer's batch size) in the consumer's
 * transaction, which also holds their inbox rows. A step of a known shipment is applied at once;
 * one of a valid waybill not known yet is parked and applied when its order arrives
 * (RecordOrderHandler); a re-sent step lands once; an impossible waybill number refuses the
 * message (R5: DomainError → dispatch.tracking.dlq, reason `refused`, the rest of the chunk
 * goes through without it).
 */
@Injectable()
export class IngestDispatchHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    private readonly progress: ShipmentProgress,
    private readonly notifications: EnqueueNotificationsHandler,
  ) {}

  async ingest(steps: NewStep[], manager?: EntityManager): Promise<void> {
    for (const step of steps)
      if (!isValidWaybillNo(step.waybillNo))
        throw new InvalidWaybillNo(step.waybillNo, step.eventId);
    await this.transactions.run(async (tx) => {
      const waybills = [...new Set(steps.map((s) => s.waybillNo))].sort();
      const known = await lockShipments(tx.manager, waybills);
      const unknown = waybills.filter((w) => !known.has(w));
      if (unknown.length > 0) {
        await lockWaybills(tx.manager, unknown);
        // an order recorded while we waited for its turn is known now
        for (const [w, head] of await lockShipments(tx.manager, unknown)) known.set(w, head);
      }
      const now = this.clock.now();
      const inserted = await insertSteps(tx.manager, steps, (w) => known.has(w), now);
      const byShipment = new Map<string, StoredStep[]>();
      for (const { step, applied } of inserted)
        if (applied)
          byShipment.set(step.waybillNo, [...(byShipment.get(step.waybillNo) ?? []), step]);
      const work = [...byShipment].map(([w, newSteps]) => ({
        shipment: known.get(w)!,
        steps: newSteps,
      }));
      const events = await this.progress.applyAll(tx, work);
      await saveSummaries(
        tx.manager,
        work.map((w) => w.shipment),
        now,
      );
      await tx.publish(events);
      await this.notifications.enqueue(tx.manager, statusChangesOf(events));
    }, manager);
  }
}
