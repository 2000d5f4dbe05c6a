import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { recordHistory } from '../shared/history.store';
import type { StaffRef } from '../shared/staff';
import { Order } from './order.entity';
import type { OrderChange } from './order.rules';

export type OrderRule = (
  order: Order,
  now: Date,
  manager: EntityManager,
) => OrderChange | Promise<OrderChange>;

/**
 * Every change of an order after placement, one transaction each: the order locked, the rule,
 * then the order saved with its history lines (R4) and its events. A rule that changes nothing
 * writes nothing.
 */
@Injectable()
export class OrderChanges {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** `at`: a back-dated entry (demo data, a notice given earlier); now otherwise. */
  apply(orderId: string, rule: OrderRule, by: StaffRef, at?: Date): Promise<Order> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const order = await tx.lock(Order, { orderId }, `order ${orderId}`);
      const change = await rule(order, now, tx.manager);
      if (change.order === order) return order;
      await tx.manager.save(Order, change.order);
      await recordHistory(tx.manager, { type: 'order', id: orderId }, change.history, by, now);
      await tx.publish(change.events);
      return change.order;
    });
  }
}
