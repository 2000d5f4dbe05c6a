import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { OrderConfig } from '../config';
import { Order } from '../orders/order.entity';
import { recordHistory } from '../shared/history.store';
import type { StaffRef } from '../shared/staff';
import { PickupNotice } from './pickup-notice.entity';
import {
  collect,
  NoticeInput,
  NoticeSettings,
  noticeText,
  recordNotice,
} from './pickup-notice.rules';
import { pickupPointFor } from './pickup-points';

/** R8: the pickup notice recorded on the waybill, and the collection it allows. */
@Injectable()
export class PickupNoticeHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: OrderConfig,
  ) {}

  settingsFor(order: Order): NoticeSettings {
    return {
      company: this.config.COMPANY_NAME,
      servicePhone: this.config.SERVICE_PHONE,
      point: pickupPointFor(
        this.config.PICKUP_POINTS,
        order.laneDestination,
        order.consignee.address.city,
      ),
    };
  }

  /** The text to read out or send now (every piece arrived unless the agent says otherwise). */
  draft(order: Order): string {
    return noticeText(order, order.pieces, this.settingsFor(order));
  }

  /** The notices on record for an order, oldest first. */
  onRecord(orderId: string): Promise<PickupNotice[]> {
    return this.dataSource.manager.find(PickupNotice, {
      where: { orderId },
      order: { notifiedAt: 'ASC', noticeId: 'ASC' },
    });
  }

  notify(
    orderId: string,
    input: NoticeInput & { notifiedAt?: string },
    by: StaffRef,
    at?: Date,
  ): Promise<PickupNotice> {
    const now = at ?? (input.notifiedAt ? new Date(input.notifiedAt) : this.clock.now());
    return this.transactions.run(async (tx) => {
      const order = await tx.lock(Order, { orderId }, `order ${orderId}`);
      const { order: next, notice } = recordNotice(order, input, this.settingsFor(order), by, now);
      await tx.manager.insert(PickupNotice, notice);
      await tx.manager.save(Order, next);
      await recordHistory(
        tx.manager,
        { type: 'order', id: orderId },
        [{ field: 'pickupNotice', from: null, to: notice.noticeId }],
        by,
        now,
      );
      return notice;
    });
  }

  collected(
    orderId: string,
    collectedBy: { name: string; idLast4: string },
    by: StaffRef,
    at?: Date,
  ): Promise<Order> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const order = await tx.lock(Order, { orderId }, `order ${orderId}`);
      const change = collect(order, collectedBy, by, now);
      await tx.manager.save(Order, change.order);
      await recordHistory(
        tx.manager,
        { type: 'order', id: orderId },
        [{ field: 'status', from: order.status, to: 'collected' }],
        by,
        now,
      );
      await tx.publish(change.event);
      return change.order;
    });
  }
}
