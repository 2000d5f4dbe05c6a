import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { decodeCursor, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Shipment } from './shipment.entity';
import { shipmentView, ShipmentView, timelineStepView, TimelineStepView } from './shipment.view';
import type { TrackingStepRow } from './tracking-step';

type ListQuery = z.output<typeof TrackingHttp.shipmentListQuery>;
const cursorKey = z.tuple([z.string(), z.string()]);

/** R11 reads: a shipment, its timeline (in the order things happened), a branch's shipments. */
@Injectable()
export class ShipmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async shipment(waybillNo: string): Promise<Shipment> {
    const shipment = await this.dataSource.manager.findOneBy(Shipment, { waybillNo });
    if (!shipment) throw new NotFoundProblem(`no shipment ${waybillNo}`);
    return shipment;
  }

  async one(waybillNo: string): Promise<ShipmentView> {
    return shipmentView(await this.shipment(waybillNo));
  }

  async steps(waybillNo: string): Promise<TimelineStepView[]> {
    const rows: TrackingStepRow[] = await this.dataSource.query(
      'SELECT * FROM tracking_step WHERE waybill_no = $1 AND applied ORDER BY occurred_at, id',
      [waybillNo],
    );
    return rows.map(timelineStepView);
  }

  async timeline(waybillNo: string) {
    const shipment = await this.shipment(waybillNo);
    return {
      waybillNo,
      branch: shipment.branch,
      status: shipment.status,
      items: await this.steps(waybillNo),
    };
  }

  /** Newest orders first. */
  async list(q: ListQuery): Promise<Page<ShipmentView>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Shipment, 's')
      .orderBy('s.placed_at', 'DESC')
      .addOrderBy('s.waybill_no', 'DESC')
      .limit(q.limit + 1);
    if (q.branch) qb.andWhere('s.branch = :branch', { branch: q.branch });
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    if (q.customerId) qb.andWhere('s.customer_id = :customerId', { customerId: q.customerId });
    if (q.open === 'true') qb.andWhere('s.delivered_at IS NULL AND s.cancelled_at IS NULL');
    if (q.open === 'false')
      qb.andWhere('(s.delivered_at IS NOT NULL OR s.cancelled_at IS NOT NULL)');
    if (q.cursor) {
      const [at, waybillNo] = decodeCursor(q.cursor, cursorKey);
      qb.andWhere('(s.placed_at, s.waybill_no) < (:at, :waybillNo)', { at, waybillNo });
    }
    const rows = await qb.getMany();
    return pageOf(rows, q.limit, shipmentView, (s) => [s.placedAt.toISOString(), s.waybillNo]);
  }

  /** Waybills dispatch reported that no order names yet (parked, R11): for the dispatch desk. */
  async parked() {
    const rows: { waybill_no: string; steps: number; first: Date; last: Date }[] =
      await this.dataSource.query(
        `SELECT waybill_no, count(*)::int AS steps, min(recorded_at) AS first, max(recorded_at) AS last
         FROM tracking_step WHERE NOT applied GROUP BY waybill_no ORDER BY min(recorded_at) LIMIT 500`,
      );
    return {
      items: rows.map((r) => ({
        waybillNo: r.waybill_no,
        steps: r.steps,
        firstRecordedAt: r.first.toISOString(),
        lastRecordedAt: r.last.toISOString(),
      })),
    };
  }
}
