import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { OrderConfig } from '../config';
import { MsdsMissing } from '../inquiries/inquiry.errors';
import { quoteBlockedReason } from '../inquiries/inquiry.rules';
import { assess } from '../rates/pricing.rules';
import { NotCoveredByRateTable } from '../rates/rate-table.errors';
import { RateTableQueries } from '../rates/rate-table.queries';
import type { StaffRef } from '../shared/staff';
import { OrderChanges } from './order-changes';
import {
  amendOrder,
  applyPatch,
  mustKeepQuotedPrice,
  priceChanging,
  withPrice,
} from './order-amendment.rules';
import { acknowledgeOrder, cancelOrder, OrderPatch, shipmentOfOrder } from './order.rules';

/**
 * R4 after placement, each one rule in one transaction with its history lines and events:
 * amend (repriced from the table when the cargo, services or a city change — refused when a
 * quote locked the price), cancel, and the documents desk's acknowledgement.
 */
@Injectable()
export class ChangeOrderHandler {
  constructor(
    private readonly changes: OrderChanges,
    @InjectServiceConfig() private readonly config: OrderConfig,
    private readonly rateTables: RateTableQueries,
  ) {}

  amend(orderId: string, patch: OrderPatch, by: StaffRef, at?: Date) {
    return this.changes.apply(
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
    return this.changes.apply(orderId, (order, now) => cancelOrder(order, reason, by, now), by, at);
  }

  acknowledge(orderId: string, note: string | undefined, by: StaffRef, at?: Date) {
    return this.changes.apply(
      orderId,
      (order, now) => acknowledgeOrder(order, by, now, note),
      by,
      at,
    );
  }
}
