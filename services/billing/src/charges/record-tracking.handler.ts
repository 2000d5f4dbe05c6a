import { Injectable } from '@nestjs/common';
import {
  trackingExceptionRaisedV1,
  trackingPodReceivedV1,
  trackingShipmentStatusChangedV1,
} from '@freight/contracts';
import type { EventOf } from '@freight/messaging';
import { Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';

type StatusChanged = EventOf<typeof trackingShipmentStatusChangedV1>['data'];
type PodReceived = EventOf<typeof trackingPodReceivedV1>['data'];
type ExceptionRaised = EventOf<typeof trackingExceptionRaisedV1>['data'];

/**
 * What billing keeps of tracking (R24, R26): delivery and its punctuality, the POD the documents
 * desk checks statements against, and exceptions. Tracking's events may come before the order's
 * (two topics, no order between them): the shipment row is created by whichever comes first.
 */
@Injectable()
export class RecordTrackingHandler {
  constructor(private readonly transactions: Transactions) {}

  /**
   * `onTime` is tracking's verdict; when it is missing, delivered by the promised time counts as
   * on time, and without a promise the delivery is not rated (R26 on-time rate).
   */
  delivered(data: StatusChanged, manager?: EntityManager): Promise<void> {
    if (data.status !== 'delivered') return Promise.resolve();
    const onTime =
      data.onTime ?? (data.promisedDeliveryAt ? data.occurredAt <= data.promisedDeliveryAt : null);
    return this.transactions.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO shipment (waybill_no, order_id, branch, customer_id, delivered_at, on_time)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (waybill_no) DO UPDATE
           SET delivered_at = EXCLUDED.delivered_at, on_time = EXCLUDED.on_time`,
        [data.waybillNo, data.orderId, data.branch, data.customerId, data.occurredAt, onTime],
      );
    }, manager);
  }

  podReceived(data: PodReceived, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      await tx.manager.query(
        `INSERT INTO shipment (waybill_no, branch, customer_id, pod_received_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (waybill_no) DO UPDATE SET pod_received_at = EXCLUDED.pod_received_at`,
        [data.waybillNo, data.branch, data.customerId, data.receivedAt],
      );
    }, manager);
  }

  exceptionRaised(data: ExceptionRaised, manager?: EntityManager): Promise<void> {
    return this.transactions.run(async (tx) => {
      const inserted = await tx.manager.query(
        `INSERT INTO exception_fact (exception_id, waybill_no, branch, kind, raised_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING exception_id`,
        [data.exceptionId, data.waybillNo, data.branch, data.kind, data.raisedAt],
      );
      if (inserted.length === 0) return;
      await tx.manager.query(
        `INSERT INTO shipment (waybill_no, branch, customer_id, exception_count)
         VALUES ($1, $2, $3, 1)
         ON CONFLICT (waybill_no) DO UPDATE SET exception_count = shipment.exception_count + 1`,
        [data.waybillNo, data.branch, data.customerId ?? 'unknown'],
      );
    }, manager);
  }
}
