import { Controller, Get, Post } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import {
  Actor,
  Clock,
  CurrentActor,
  InjectClock,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
} from '@freight/platform';
import type { z } from 'zod';
import { staffOf } from '../shared/staff';
import { ImportRateTableHandler } from './import-rate-table.handler';
import { RateTableQueries } from './rate-table.queries';
import type { NewRateTable } from './rate-table.rules';
import { rateTableSummaryView, rateTableView } from './rate-table.view';

/** R3 rate tables over the internal API. */
@Controller('rate-tables')
export class RateTablesHttpController {
  constructor(
    private readonly importTable: ImportRateTableHandler,
    private readonly queries: RateTableQueries,
    @InjectClock() private readonly clock: Clock,
  ) {}

  private async applicableId(): Promise<string | null> {
    return (await this.queries.applicableAt(this.clock.now()))?.rateTableId ?? null;
  }

  @Post()
  async create(
    @ValidBody(OrderHttp.newRateTableBody) body: NewRateTable,
    @CurrentActor() actor: Actor,
  ) {
    const table = await this.importTable.handle(body, staffOf(actor));
    return rateTableView(table, await this.applicableId());
  }

  @Get()
  async list(
    @ValidQuery(OrderHttp.rateTableListQuery) query: z.output<typeof OrderHttp.rateTableListQuery>,
  ) {
    const [page, applicable] = await Promise.all([this.queries.list(query), this.applicableId()]);
    return { ...page, items: page.items.map((t) => rateTableSummaryView(t, applicable)) };
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    return rateTableView(await this.queries.one(id), await this.applicableId());
  }
}
