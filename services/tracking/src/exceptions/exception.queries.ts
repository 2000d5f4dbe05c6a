import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { decodeCursor, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ExceptionStep, ShipmentException } from './shipment-exception.entity';
import {
  ExceptionSummaryView,
  exceptionSummaryView,
  ExceptionView,
  exceptionView,
} from './exception.view';

type ListQuery = z.output<typeof TrackingHttp.exceptionListQuery>;
const cursorKey = z.tuple([z.string(), z.string()]);

/** R13 reads: one exception with its steps, a branch's list (newest first), a waybill's. */
@Injectable()
export class ExceptionQueries {
  constructor(private readonly dataSource: DataSource) {}

  async one(id: string): Promise<ExceptionView> {
    const e = await this.dataSource.manager.findOneBy(ShipmentException, { id });
    if (!e) throw new NotFoundProblem(`no exception ${id}`);
    const steps = await this.dataSource.manager.find(ExceptionStep, {
      where: { exceptionId: id },
      order: { id: 'ASC' },
    });
    return exceptionView(e, steps);
  }

  async ofWaybill(waybillNo: string): Promise<ExceptionSummaryView[]> {
    const rows = await this.dataSource.manager.find(ShipmentException, {
      where: { waybillNo },
      order: { raisedAt: 'ASC', id: 'ASC' },
    });
    return rows.map(exceptionSummaryView);
  }

  async list(q: ListQuery): Promise<Page<ExceptionSummaryView>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ShipmentException, 'e')
      .orderBy('e.raised_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(q.limit + 1);
    if (q.branch) qb.andWhere('e.branch = :branch', { branch: q.branch });
    if (q.state) qb.andWhere('e.state = :state', { state: q.state });
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    if (q.waybillNo) qb.andWhere('e.waybill_no = :waybillNo', { waybillNo: q.waybillNo });
    if (q.assignedRole) qb.andWhere('e.assigned_role = :role', { role: q.assignedRole });
    if (q.cursor) {
      const [at, id] = decodeCursor(q.cursor, cursorKey);
      qb.andWhere('(e.raised_at, e.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.getMany();
    return pageOf(rows, q.limit, exceptionSummaryView, (e) => [e.raisedAt.toISOString(), e.id]);
  }
}
