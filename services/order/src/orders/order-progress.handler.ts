import { Injectable } from '@nestjs/common';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { EscalationRaised } from '../shared/escalations';
import { recordHistory } from '../shared/history.store';
import { SYSTEM_STAFF } from '../shared/staff';
import { Order } from './order.entity';
import { recordAckEscalation, shipmentProgressed } from './order-progress.rules';

/**
 * What other services tell an order, in their consumer's transaction (with its inbox row):
 * tracking's steps (R11 → dispatched or delivered, R4) and the acknowledgement clock's
 * escalations (R4). An order this database does not hold is skipped (an event of another
 * environment on a shared topic); each change is state-guarded, so a repeat changes nothing.
 */
@Injectable()
export class OrderProgressHandler {
  constructor(private readonly transactions: Transactions) {}

  shipmentProgressed(
    waybillNo: string,
    status: string,
    at: Date,
    manager: EntityManager,
  ): Promise<void> {
    return this.transactions.run(async (tx) => {
      const order = await tx.manager.findOne(Order, {
        where: { waybillNo },
        lock: { mode: 'pessimistic_write' },
      });
      const change = order && shipmentProgressed(order, status, at);
      if (!change) return;
      await tx.manager.save(Order, change.order);
      await recordHistory(
        tx.manager,
        { type: 'order', id: change.order.orderId },
        change.history,
        SYSTEM_STAFF,
        at,
      );
      await tx.publish(change.events);
    }, manager);
  }

  acknowledgementEscalated(escalation: EscalationRaised, manager: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      const order = await tx.manager.findOne(Order, {
        where: { orderId: escalation.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const next = order && recordAckEscalation(order, escalation);
      if (next) await tx.manager.save(Order, next);
    }, manager);
  }
}
