import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { OrderConfig } from '../config';
import { OrderChanges } from '../orders/order-changes';
import type { Order } from '../orders/order.entity';
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
    private readonly changes: OrderChanges,
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

  /** R8: the notice is kept with the order; the order is `notified`. */
  async notify(
    orderId: string,
    input: NoticeInput & { notifiedAt?: string },
    by: StaffRef,
    at?: Date,
  ): Promise<PickupNotice> {
    let recorded: PickupNotice | undefined;
    await this.changes.apply(
      orderId,
      async (order, now, manager) => {
        const { order: notified, notice } = recordNotice(
          order,
          input,
          this.settingsFor(order),
          by,
          now,
        );
        await manager.insert(PickupNotice, notice);
        recorded = notice;
        return {
          order: notified,
          events: [],
          history: [{ field: 'pickupNotice', from: null, to: notice.noticeId }],
        };
      },
      by,
      at ?? (input.notifiedAt ? new Date(input.notifiedAt) : undefined),
    );
    return recorded!;
  }

  /** R8: collected, only after a recorded notice (order.collected). */
  collected(
    orderId: string,
    collectedBy: { name: string; idLast4: string },
    by: StaffRef,
    at?: Date,
  ): Promise<Order> {
    return this.changes.apply(
      orderId,
      (order, now) => collect(order, collectedBy, by, now),
      by,
      at,
    );
  }
}
