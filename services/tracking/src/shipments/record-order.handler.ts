import { Injectable } from '@nestjs/common';
import type { KnownOutgoingEvent } from '@freight/messaging';
import { Clock, InjectClock, Transactions, Tx } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import {
  EnqueueNotificationsHandler,
  statusChangesOf,
} from '../notifications/enqueue-notifications.handler';
import { isNewer, orderFields, OrderSnapshot, promiseMoved } from './order.rules';
import { armDelivery, moveDelivery, stopDelivery } from './shipment.deadlines';
import { Shipment } from './shipment.entity';
import { OrderNotKnown } from './shipment.errors';
import { ShipmentProgress } from './shipment-progress';
import { NOTHING_YET } from './shipment-status.rules';
import { lockWaybills, saveSummaries, takeParkedSteps } from './shipment.store';

/**
 * The order service's orders, as shipments (R4 → R11). Placing one starts its delay clock
 * (R13) and applies whatever dispatch reported before the order reached us (parked steps);
 * an amendment keeps the newest snapshot and moves the clock with the promised time; a
 * cancellation stops it. Each takes the waybill's turn first (shipment.store.ts lockWaybills),
 * so a step arriving at the same moment is either applied here or sees the shipment.
 */
@Injectable()
export class RecordOrderHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    private readonly progress: ShipmentProgress,
    private readonly notifications: EnqueueNotificationsHandler,
  ) {}

  placed(order: OrderSnapshot, placedAt: Date, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      await lockWaybills(tx.manager, [order.waybillNo]);
      const existing = await tx.manager.findOneBy(Shipment, { waybillNo: order.waybillNo });
      if (existing) return this.amend(tx, existing, order, placedAt);
      await this.create(tx, order, placedAt);
    }, manager);
  }

  amended(order: OrderSnapshot, amendedAt: Date, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      await lockWaybills(tx.manager, [order.waybillNo]);
      const existing = await tx.manager.findOneBy(Shipment, { waybillNo: order.waybillNo });
      // every snapshot is complete: an amendment of an order we missed still makes the shipment
      if (!existing) return this.create(tx, order, amendedAt);
      await this.amend(tx, existing, order, amendedAt);
    }, manager);
  }

  cancelled(
    waybillNo: string,
    reason: string,
    cancelledAt: Date,
    manager?: EntityManager,
  ): Promise<void> {
    return this.transactions.run(async (tx) => {
      await lockWaybills(tx.manager, [waybillNo]);
      const shipment = await tx.manager.findOneBy(Shipment, { waybillNo });
      if (!shipment) throw new OrderNotKnown(waybillNo);
      if (shipment.cancelledAt) return;
      await tx.manager.update(
        Shipment,
        { waybillNo },
        { cancelledAt, cancelReason: reason, updatedAt: this.clock.now() },
      );
      if (!shipment.deliveredAt) await tx.publish(stopDelivery(shipment, 'withdrawn'));
    }, manager);
  }

  private async create(tx: Tx, order: OrderSnapshot, placedAt: Date): Promise<void> {
    const now = this.clock.now();
    const shipment = tx.manager.create(Shipment, {
      waybillNo: order.waybillNo,
      ...orderFields(order, placedAt),
      placedAt,
      cancelledAt: null,
      cancelReason: null,
      ...NOTHING_YET,
      delayExceptionId: null,
      updatedAt: now,
    });
    await tx.manager.insert(Shipment, shipment);
    // the clock first: if the parked steps delivered it already, their cancel follows the arm
    const events: KnownOutgoingEvent[] = [armDelivery(shipment)];
    const parked = await takeParkedSteps(tx.manager, order.waybillNo);
    if (parked.length > 0) {
      events.push(...(await this.progress.apply(tx, shipment, parked)));
      await saveSummaries(tx.manager, [shipment], now);
    }
    await tx.publish(events);
    await this.notifications.enqueue(tx.manager, statusChangesOf(events));
  }

  private async amend(tx: Tx, shipment: Shipment, order: OrderSnapshot, changedAt: Date) {
    if (!isNewer(shipment, changedAt)) return;
    const fields = orderFields(order, changedAt);
    const moved = promiseMoved(shipment, fields.promisedDeliveryAt);
    await tx.manager.update(
      Shipment,
      { waybillNo: shipment.waybillNo },
      { ...fields, updatedAt: this.clock.now() },
    );
    if (moved) await tx.publish(moveDelivery(shipment, fields.promisedDeliveryAt));
  }
}
