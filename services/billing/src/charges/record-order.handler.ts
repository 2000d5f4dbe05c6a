import { Inject, Injectable } from '@nestjs/common';
import { orderAmendedV1, orderCancelledV1, orderPlacedV1, staffAlert } from '@freight/contracts';
import type { EventOf, KnownOutgoingEvent } from '@freight/messaging';
import { Clock, CLOCK, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { billingPeriodFor } from '../closes/billing-periods';
import { chargesOf, isBilledMonthly, OrderSnapshot } from './charge.rules';
import { dropOpenChargeLines, frozenOn, insertChargeLines, placeShipment } from './charge.store';

type Placed = EventOf<typeof orderPlacedV1>;
type Amended = EventOf<typeof orderAmendedV1>;
type Cancelled = EventOf<typeof orderCancelledV1>;

/**
 * R24 item 1: the charges read model, fed by the order service's events (never its HTTP or
 * database). Idempotent twice over: the inbox skips a redelivered event, and a second
 * `order.placed` for a known waybill changes nothing.
 */
@Injectable()
export class RecordOrderHandler {
  constructor(
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  placed(order: Placed['data'], manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      const charges = chargesOf(order, order.placedAt);
      if (!(await placeShipment(tx.manager, charges, 'placed'))) return;
      await tx.publish(await this.recordLines(tx.manager, order, order.placedAt));
    }, manager);
  }

  /**
   * An amendment before the statement is checked replaces the lines (a draft's lines are live).
   * After the check the statement's lines are frozen: the change is recorded on the shipment and
   * the desk is told, to settle it through the customer's dispute and a credit note (R24).
   */
  amended(event: Amended, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      const { data } = event;
      const [placedAt] = await tx.manager.query(
        'SELECT placed_at FROM shipment WHERE waybill_no = $1 AND placed_at IS NOT NULL',
        [data.waybillNo],
      );
      const at = placedAt ? new Date(placedAt.placed_at).toISOString() : data.amendedAt;
      const charges = chargesOf(data, at);
      await placeShipment(tx.manager, charges, 'amended');
      const frozen = await frozenOn(tx.manager, data.waybillNo);
      if (frozen) {
        await this.lateChange(tx.manager, data.waybillNo, `amended at ${data.amendedAt}`);
        await tx.publish(this.lateAlert(event.id, data.waybillNo, frozen, 'amended'));
        return;
      }
      await dropOpenChargeLines(tx.manager, data.waybillNo);
      await tx.publish(await this.recordLines(tx.manager, data, at));
    }, manager);
  }

  /** R4: a cancelled order is neither shipped nor charged. */
  cancelled(event: Cancelled, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      const { data } = event;
      await tx.manager.query(
        `INSERT INTO shipment (waybill_no, order_id, branch, customer_id, cancelled_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (waybill_no) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at`,
        [data.waybillNo, data.orderId, data.branch, data.customerId, data.cancelledAt],
      );
      const frozen = await frozenOn(tx.manager, data.waybillNo);
      if (frozen) {
        await this.lateChange(tx.manager, data.waybillNo, `cancelled at ${data.cancelledAt}`);
        await tx.publish(this.lateAlert(event.id, data.waybillNo, frozen, 'cancelled'));
        return;
      }
      await dropOpenChargeLines(tx.manager, data.waybillNo);
    }, manager);
  }

  private async recordLines(
    manager: EntityManager,
    order: OrderSnapshot,
    placedAt: string,
  ): Promise<KnownOutgoingEvent[]> {
    const charges = chargesOf(order, placedAt);
    const events: KnownOutgoingEvent[] = [];
    const period = isBilledMonthly(charges)
      ? await billingPeriodFor(manager, charges.branch, charges.serviceMonth, events)
      : null;
    await insertChargeLines(manager, charges, period);
    return events;
  }

  private async lateChange(manager: EntityManager, waybillNo: string, what: string) {
    await manager.query('UPDATE shipment SET late_change = $2 WHERE waybill_no = $1', [
      waybillNo,
      `order ${what} after its statement was checked`,
    ]);
  }

  private lateAlert(
    eventId: string,
    waybillNo: string,
    frozen: { statementId: string; branch: string },
    what: 'amended' | 'cancelled',
  ) {
    return staffAlert('billing', {
      alertId: `late-order-change:${waybillNo}:${eventId}`,
      rule: 'R24',
      kind: 'late-order-change',
      subject: { type: 'statement', id: frozen.statementId, branch: frozen.branch },
      roles: ['agent', 'documents-clerk'],
      title: `Waybill ${waybillNo} was ${what} after its statement was checked: settle it by dispute and credit note`,
      raisedAt: this.clock.now().toISOString(),
      data: { waybillNo },
    });
  }
}
