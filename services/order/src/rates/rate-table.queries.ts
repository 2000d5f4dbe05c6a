import { Injectable } from '@nestjs/common';
import { decodeCursor, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { z } from 'zod';
import { RateTable } from './rate-table.entity';
import { applicableAt } from './rate-table.rules';

/** Rate tables as quoting and the desk read them (R3). */
@Injectable()
export class RateTableQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(
    rateTableId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RateTable | null> {
    return manager.findOneBy(RateTable, { rateTableId });
  }

  async one(rateTableId: string): Promise<RateTable> {
    const table = await this.byId(rateTableId);
    if (!table) throw new NotFoundProblem(`no rate table ${rateTableId}`);
    return table;
  }

  /** R3: the version valid at `at` (the newest of those valid), or null. */
  async applicableAt(
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RateTable | null> {
    const candidates = await manager.find(RateTable, {
      where: { validFrom: LessThanOrEqual(at) },
      order: { version: 'DESC' },
      take: 20,
    });
    return applicableAt(candidates, at);
  }

  /** Every version, newest first. */
  async list(query: { limit: number; cursor?: string }): Promise<Page<RateTable>> {
    const qb = this.dataSource.manager.createQueryBuilder(RateTable, 't');
    if (query.cursor)
      qb.where('t.version < :before', { before: decodeCursor(query.cursor, z.number().int()) });
    const rows = await qb
      .orderBy('t.version', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    return pageOf(
      rows,
      query.limit,
      (t) => t,
      (t) => t.version,
    );
  }
}
