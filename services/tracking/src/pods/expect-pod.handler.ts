import { Injectable } from '@nestjs/common';
import { InjectServiceConfig, Tx } from '@freight/platform';
import type { TrackingConfig } from '../config';
import type { Shipment } from '../shipments/shipment.entity';
import { armChase } from './pod.deadlines';
import { chaseDueAt } from './pod.rules';

/**
 * R14: a delivered shipment whose order asks for a return receipt expects one; the chase clock
 * starts in the transaction that learns of the delivery.
 */
@Injectable()
export class ExpectPodHandler {
  constructor(@InjectServiceConfig() private readonly config: TrackingConfig) {}

  async expect(
    tx: Tx,
    shipment: Pick<
      Shipment,
      'waybillNo' | 'branch' | 'customerId' | 'customerCompany' | 'podRequired'
    >,
    deliveredAt: Date,
  ): Promise<void> {
    if (!shipment.podRequired) return;
    const days = this.config.POD_CHASE_AFTER_DAYS;
    const inserted: unknown[] = await tx.manager.query(
      `INSERT INTO pod (waybill_no, branch, customer_id, customer_company, delivered_at, state,
                        chase_due_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'expected', $6, $5)
       ON CONFLICT DO NOTHING RETURNING waybill_no`,
      [
        shipment.waybillNo,
        shipment.branch,
        shipment.customerId,
        shipment.customerCompany,
        deliveredAt,
        chaseDueAt(deliveredAt, days),
      ],
    );
    if (inserted.length === 0) return;
    await tx.publish(armChase(shipment.waybillNo, shipment.branch, deliveredAt, days));
  }
}
