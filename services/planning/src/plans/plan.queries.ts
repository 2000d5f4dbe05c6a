import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { PlanningHttp } from '@freight/contracts';
import { decodeCursor, pageOf } from '@freight/platform';
import { DataSource } from 'typeorm';
import { z as zod } from 'zod';
import { Plan } from './plan.entity';
import { PlanNotFound } from './plan.errors';
import { planSummaryView } from './plan.view';

const cursorKey = zod.tuple([zod.string(), zod.string()]);

/** Reads of plans for the internal API: newest day first, keyset paging on (date, id). */
@Injectable()
export class PlanQueries {
  constructor(private readonly dataSource: DataSource) {}

  async one(id: string): Promise<Plan> {
    const plan = await this.dataSource.getRepository(Plan).findOneBy({ id });
    if (!plan) throw new PlanNotFound(id);
    return plan;
  }

  async list(query: z.output<typeof PlanningHttp.plansQuery>) {
    const q = this.dataSource.getRepository(Plan).createQueryBuilder('p');
    if (query.branch) q.andWhere('p.branch = :branch', { branch: query.branch });
    if (query.date) q.andWhere('p.plan_date = :date', { date: query.date });
    if (query.status) q.andWhere('p.status = :status', { status: query.status });
    if (query.cursor) {
      const [date, id] = decodeCursor(query.cursor, cursorKey);
      q.andWhere('(p.plan_date, p.id) < (:date, :id)', { date, id });
    }
    const rows = await q
      .orderBy('p.plan_date', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    return pageOf(rows, query.limit, planSummaryView, (p) => [p.planDate, p.id]);
  }
}
