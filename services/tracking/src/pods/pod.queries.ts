import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { Clock, decodeCursor, InjectClock, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { Pod, PodChase, PodReturnBatch } from './pod.entity';
import {
  podSummaryView,
  PodSummaryView,
  podView,
  returnBatchView,
  ReturnBatchView,
} from './pod.view';

type PodQuery = z.output<typeof TrackingHttp.podListQuery>;
type BatchQuery = z.output<typeof TrackingHttp.returnBatchQuery>;
const podCursor = z.tuple([z.string(), z.string()]);
const batchCursor = z.tuple([z.string(), z.string()]);

/** R14 reads: one POD's custody and chases, the chase list, return batches. */
@Injectable()
export class PodQueries {
  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async one(waybillNo: string) {
    const pod = await this.dataSource.manager.findOneBy(Pod, { waybillNo });
    if (!pod) throw new NotFoundProblem(`no POD expected for ${waybillNo}`);
    const chases = await this.dataSource.manager.find(PodChase, {
      where: { waybillNo },
      order: { id: 'ASC' },
    });
    return podView(pod, chases);
  }

  async summaryOf(waybillNo: string): Promise<PodSummaryView | null> {
    const pod = await this.dataSource.manager.findOneBy(Pod, { waybillNo });
    return pod ? podSummaryView(pod) : null;
  }

  /** Oldest chase date first: the documents desk works down the list. */
  async list(q: PodQuery): Promise<Page<PodSummaryView>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Pod, 'p')
      .orderBy('p.chase_due_at', 'ASC')
      .addOrderBy('p.waybill_no', 'ASC')
      .limit(q.limit + 1);
    if (q.branch) qb.andWhere('p.branch = :branch', { branch: q.branch });
    if (q.state) qb.andWhere('p.state = :state', { state: q.state });
    if (q.customerId) qb.andWhere('p.customer_id = :customerId', { customerId: q.customerId });
    if (q.overdue === 'true')
      qb.andWhere("p.state = 'expected' AND p.chase_due_at <= :now", { now: this.clock.now() });
    if (q.overdue === 'false')
      qb.andWhere("NOT (p.state = 'expected' AND p.chase_due_at <= :now)", {
        now: this.clock.now(),
      });
    if (q.cursor) {
      const [at, waybillNo] = decodeCursor(q.cursor, podCursor);
      qb.andWhere('(p.chase_due_at, p.waybill_no) > (:at, :waybillNo)', { at, waybillNo });
    }
    const rows = await qb.getMany();
    return pageOf(rows, q.limit, podSummaryView, (p) => [p.chaseDueAt.toISOString(), p.waybillNo]);
  }

  async batch(id: string): Promise<ReturnBatchView> {
    const batch = await this.dataSource.manager.findOneBy(PodReturnBatch, { id });
    if (!batch) throw new NotFoundProblem(`no return batch ${id}`);
    return (await this.withWaybills([batch]))[0];
  }

  async batchesOf(branch: string, month: string): Promise<ReturnBatchView[]> {
    const batches = await this.dataSource.manager.find(PodReturnBatch, {
      where: { branch, month },
      order: { customerId: 'ASC', id: 'ASC' },
    });
    return this.withWaybills(batches);
  }

  async batches(q: BatchQuery): Promise<Page<ReturnBatchView>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(PodReturnBatch, 'b')
      .orderBy('b.month', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .limit(q.limit + 1);
    if (q.branch) qb.andWhere('b.branch = :branch', { branch: q.branch });
    if (q.month) qb.andWhere('b.month = :month', { month: q.month });
    if (q.customerId) qb.andWhere('b.customer_id = :customerId', { customerId: q.customerId });
    if (q.state) qb.andWhere('b.state = :state', { state: q.state });
    if (q.cursor) {
      const [month, id] = decodeCursor(q.cursor, batchCursor);
      qb.andWhere('(b.month < :month OR (b.month = :month AND b.id > :id))', { month, id });
    }
    const rows = await qb.getMany();
    const views = await this.withWaybills(rows.slice(0, q.limit));
    const page = pageOf(
      rows,
      q.limit,
      (b) => b,
      (b) => [b.month, b.id],
    );
    return { items: views, nextCursor: page.nextCursor };
  }

  private async withWaybills(batches: PodReturnBatch[]): Promise<ReturnBatchView[]> {
    if (batches.length === 0) return [];
    const pods = await this.dataSource.manager.find(Pod, {
      where: { batchId: In(batches.map((b) => b.id)) },
      order: { waybillNo: 'ASC' },
    });
    return batches.map((b) =>
      returnBatchView(
        b,
        pods.filter((p) => p.batchId === b.id).map((p) => p.waybillNo),
      ),
    );
  }
}
