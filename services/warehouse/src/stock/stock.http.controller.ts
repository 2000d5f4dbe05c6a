import { Controller, Get, Post, Put } from '@nestjs/common';
import {
  CurrentActor,
  decodeCursor,
  NotFoundProblem,
  pageOf,
  ValidBody,
  ValidParam,
  ValidQuery,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { staffOf } from '../shared/staff';
import { Item, itemView } from './item.entity';
import { CreateItemHandler, SetItemPricesHandler } from './items.handlers';
import { StockQueries } from './stock.queries';

const code = Http.newItemBody.shape.code;
const branch = z.string().regex(/^[A-Z0-9-]{2,16}$/, 'expected a branch code such as SH01');

/** The item catalogue (company-wide) and the stock of each branch: cards and ledger (R28). */
@Controller()
export class StockHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: StockQueries,
    private readonly createItem: CreateItemHandler,
    private readonly setPrices: SetItemPricesHandler,
  ) {}

  @Get('items')
  async items(@ValidQuery(Http.itemsQuery) q: z.output<typeof Http.itemsQuery>) {
    const after = q.cursor ? decodeCursor(q.cursor, z.string()) : undefined;
    const builder = this.dataSource
      .getRepository(Item)
      .createQueryBuilder('i')
      .orderBy('i.code')
      .take(q.limit + 1);
    if (q.category) builder.andWhere('i.category = :category', { category: q.category });
    if (after) builder.andWhere('i.code > :after', { after });
    return pageOf(await builder.getMany(), q.limit, itemView, (i) => i.code);
  }

  @Get('items/:code')
  async item(@ValidParam('code', code) itemCode: string) {
    const item = await this.dataSource.getRepository(Item).findOneBy({ code: itemCode });
    if (!item) throw new NotFoundProblem(`no item ${itemCode}`);
    return itemView(item);
  }

  @Post('items')
  create(
    @ValidBody(Http.newItemBody) body: z.output<typeof Http.newItemBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.createItem.handle(body, staffOf(actor));
  }

  @Put('items/:code/prices')
  prices(
    @ValidParam('code', code) itemCode: string,
    @ValidBody(Http.itemPricesBody) body: z.output<typeof Http.itemPricesBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.setPrices.handle(itemCode, body, staffOf(actor));
  }

  @Get('stock')
  cards(@ValidQuery(Http.stockQuery) q: z.output<typeof Http.stockQuery>) {
    return this.queries.cards(q);
  }

  @Get('stock/ledger')
  ledger(@ValidQuery(Http.ledgerQuery) q: z.output<typeof Http.ledgerQuery>) {
    return this.queries.ledger(q);
  }

  @Get('stock/idle')
  idle(@ValidQuery(Http.idleQuery) q: z.output<typeof Http.idleQuery>) {
    return this.queries.idle(q);
  }

  @Get('stock/reconciliation/:branch')
  reconciliation(
    @ValidParam('branch', branch) branchCode: string,
    @ValidQuery(Http.reconciliationQuery) q: z.output<typeof Http.reconciliationQuery>,
  ) {
    return this.queries.reconciliation(branchCode, q.category);
  }
}
