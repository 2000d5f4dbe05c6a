import { Injectable } from '@nestjs/common';
import { decodeCursor, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { LRUCache } from 'lru-cache';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { z } from 'zod';
import { RateTable } from './rate-table.entity';
import { applicableAt } from './rate-table.rules';

/**
 * Rate tables as quoting and the desk read them (R3). A version never changes once imported
 * (decision 0044), so each is read from the database once and kept: pricing an order costs one
 * small query for "which version now", not the table's lanes every time.
 */
@Injectable()
export class RateTableQueries {
  private readonly versions = new LRUCache<string, RateTable>({ max: 50 });

  constructor(private readonly dataSource: DataSource) {}

  async byId(
    rateTableId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RateTable | null> {
    const cached = this.versions.get(rateTableId);
    if (cached) return cached;
    const table = await manager.findOneBy(RateTable, { rateTableId });
    if (table) this.versions.set(rateTableId, table);
    return table;
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
      select: { rateTableId: true, version: true, validFrom: true, validTo: true },
      where: { validFrom: LessThanOrEqual(at) },
      order: { version: 'DESC' },
      take: 20,
    });
    const chosen = applicableAt(candidates, at);
    return chosen && this.byId(chosen.rateTableId, manager);
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
