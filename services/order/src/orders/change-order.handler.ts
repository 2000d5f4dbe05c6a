import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { OrderConfig } from '../config';
import { MsdsMissing } from '../inquiries/inquiry.errors';
import { quoteBlockedReason } from '../inquiries/inquiry.rules';
import { assess } from '../rates/pricing.rules';
import { NotCoveredByRateTable } from '../rates/rate-table.errors';
import { RateTableQueries } from '../rates/rate-table.queries';
import { recordHistory } from '../shared/history.store';
import type { StaffRef } from '../shared/staff';
import { Order } from './order.entity';
import {
  amendOrder,
  applyPatch,
  mustKeepQuotedPrice,
  priceChanging,
  withPrice,
} from './order-amendment.rules';
import {
  acknowledgeOrder,
  cancelOrder,
  OrderChange,
  OrderPatch,
  shipmentOfOrder,
} from './order.rules';

/**
 * R4 after placement, each one rule in one transaction with its history lines and events:
 * amend (repriced from the table when the cargo, services or a city change — refused when a
 * quote locked the price), cancel, and the documents desk's acknowledgement.
 */
@Injectable()
export class ChangeOrderHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: OrderConfig,
    private readonly rateTables: RateTableQueries,
  ) {}

  amend(orderId: string, patch: OrderPatch, by: StaffRef, at?: Date) {
    return this.apply(
      orderId,
      async (order, now, manager) => {
        let after = applyPatch(order, patch);
        mustKeepQuotedPrice(order, after);
        if (priceChanging(order, after).length > 0) {
          if (quoteBlockedReason(after))
            throw new MsdsMissing('the order', after.cargo.dangerousGoodsClass);
          const assessment = assess(
            await this.rateTables.applicableAt(now, manager),
            shipmentOfOrder(after),
          );
          if (assessment.kind === 'needs-analysis')
            throw new NotCoveredByRateTable(assessment.reasons.map((r) => r.message));
          after = withPrice(after, assessment.lane, assessment.price);
        }
        return amendOrder(order, after, by, now, this.config.ORDER_ACK_WITHIN);
      },
      by,
      at,
    );
  }

  cancel(orderId: string, reason: string, by: StaffRef, at?: Date) {
    return this.apply(orderId, (order, now) => cancelOrder(order, reason, by, now), by, at);
  }

  acknowledge(orderId: string, note: string | undefined, by: StaffRef, at?: Date) {
    return this.apply(orderId, (order, now) => acknowledgeOrder(order, by, now, note), by, at);
  }

  private apply(
    orderId: string,
    rule: (order: Order, now: Date, manager: EntityManager) => OrderChange | Promise<OrderChange>,
    by: StaffRef,
    at?: Date,
  ): Promise<Order> {
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
