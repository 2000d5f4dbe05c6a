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
type Delivered = Pick<
  Shipment,
  'waybillNo' | 'branch' | 'customerId' | 'customerCompany' | 'podRequired'
>;

@Injectable()
export class ExpectPodHandler {
  constructor(@InjectServiceConfig() private readonly config: TrackingConfig) {}

  async expectAll(
    tx: Tx,
    deliveries: readonly { shipment: Delivered; deliveredAt: Date }[],
  ): Promise<void> {
    const days = this.config.POD_CHASE_AFTER_DAYS;
    const rows = deliveries
      .filter(({ shipment }) => shipment.podRequired)
      .map(({ shipment: s, deliveredAt }) => ({
        w: s.waybillNo,
        b: s.branch,
        c: s.customerId,
        cc: s.customerCompany,
        d: deliveredAt,
        due: chaseDueAt(deliveredAt, days),
      }));
    if (rows.length === 0) return;
    // a redelivered delivery expects nothing twice: only new PODs start a chase
    const inserted: { waybill_no: string; branch: string; delivered_at: Date }[] =
      await tx.manager.query(
        `INSERT INTO pod (waybill_no, branch, customer_id, customer_company, delivered_at, state,
                          chase_due_at, updated_at)
         SELECT w, b, c, cc, d, 'expected', due, d
           FROM jsonb_to_recordset($1::jsonb)
                AS r(w text, b text, c text, cc text, d timestamptz, due timestamptz)
         ON CONFLICT DO NOTHING RETURNING waybill_no, branch, delivered_at`,
        [JSON.stringify(rows)],
      );
    await tx.publish(inserted.map((p) => armChase(p.waybill_no, p.branch, p.delivered_at, days)));
  }
}
