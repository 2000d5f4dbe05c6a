import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { Clock, InjectClock, InjectServiceConfig, NotFoundProblem } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { TrackingConfig } from '../config';
import { STATUS_TEXT } from '../notifications/notification.rules';
import { Shipment } from '../shipments/shipment.entity';
import type { TrackingStepRow } from '../shipments/tracking-step';

type PublicView = z.input<typeof TrackingHttp.publicTrackingView>;
const HOUR = 3_600_000;

/**
 * R11 for the customer directly: the waybill number and the last 4 digits of the consignee's
 * phone show the status and the timeline — no names, phones, addresses, vehicles or prices.
 * A wrong guess and an unknown waybill answer the same 404; after PUBLIC_LOOKUP_MAX_FAILURES
 * wrong guesses in an hour the waybill answers 404 to everyone for the rest of that hour, so the
 * 10,000 possible digits cannot be tried (the gateway also limits each address).
 */
@Injectable()
export class PublicTrackingQueries {
  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: TrackingConfig,
  ) {}

  async lookup(waybillNo: string, phoneLast4: string): Promise<PublicView> {
    const now = this.clock.now();
    const [{ failures }] = await this.dataSource.query(
      'SELECT count(*)::int AS failures FROM public_lookup_failure WHERE waybill_no = $1 AND at > $2',
      [waybillNo, new Date(now.getTime() - HOUR)],
    );
    const shipment = await this.dataSource.manager.findOneBy(Shipment, { waybillNo });
    if (failures >= this.config.PUBLIC_LOOKUP_MAX_FAILURES) throw this.notFound();
    if (!shipment || !shipment.consigneePhone.endsWith(phoneLast4)) {
      await this.dataSource.query(
        `WITH old AS (DELETE FROM public_lookup_failure WHERE at < $3)
         INSERT INTO public_lookup_failure (waybill_no, at) VALUES ($1, $2)`,
        [waybillNo, now, new Date(now.getTime() - 24 * HOUR)],
      );
      throw this.notFound();
    }
    const steps: TrackingStepRow[] = await this.dataSource.query(
      'SELECT * FROM tracking_step WHERE waybill_no = $1 AND applied ORDER BY occurred_at, id',
      [waybillNo],
    );
    return {
      waybillNo,
      status: shipment.status,
      statusText: shipment.status ? STATUS_TEXT[shipment.status].zh : '待揽收',
      promisedDeliveryAt: shipment.promisedDeliveryAt.toISOString(),
      steps: steps.map((s) => ({
        status: s.status,
        statusText: STATUS_TEXT[s.status].zh,
        occurredAt: s.occurred_at.toISOString(),
        place: s.place_name,
      })),
    };
  }

  private notFound() {
    return new NotFoundProblem('no shipment with this waybill number and phone');
  }
}
