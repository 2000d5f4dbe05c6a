import { Injectable } from '@nestjs/common';
import { type Tx, NotFoundProblem } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import type { Staff } from '../shared/staff';
import { Item, itemView } from './item.entity';
import { ItemExists, UnknownItems } from './stock.errors';

type NewItem = z.output<typeof WarehouseHttp.newItemBody>;
type ItemPrices = z.output<typeof WarehouseHttp.itemPricesBody>;

/** The catalogue entries of these codes that exist. */
export async function findItems(tx: Tx, codes: readonly string[]): Promise<Map<string, Item>> {
  const wanted = [...new Set(codes)];
  const items = wanted.length
    ? await tx.manager.findBy(
        Item,
        wanted.map((code) => ({ code })),
      )
    : [];
  return new Map(items.map((i) => [i.code, i]));
}

/** The items a form names, all of them or a 422 naming the unknown ones. */
export async function loadItems(tx: Tx, codes: readonly string[]): Promise<Map<string, Item>> {
  const items = await findItems(tx, codes);
  const missing = [...new Set(codes)].filter((c) => !items.has(c));
  if (missing.length > 0) throw new UnknownItems(missing);
  return items;
}

/** R28: an item joins the catalogue under its category, as the technical department names it. */
@Injectable()
export class CreateItemHandler {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly clock: WarehouseClock,
  ) {}

  handle(body: NewItem, by: Staff) {
    return this.transactions.run(async (tx) => {
      if (await tx.manager.findOneBy(Item, { code: body.code })) throw new ItemExists(body.code);
      const item = tx.manager.create(Item, {
        ...body,
        standardLabourHours: body.standardLabourHours?.toString() ?? null,
        standardPriceMinor: null,
        minimumPriceMinor: null,
        pricesSetBy: null,
        pricesSetAt: null,
        createdBy: by,
        createdAt: this.clock.now(),
      });
      await tx.manager.insert(Item, item);
      return itemView(item);
    });
  }
}

/** R27: finance gives the ex-tax price slips must carry; R30: the company's minimum retail price. */
@Injectable()
export class SetItemPricesHandler {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly clock: WarehouseClock,
  ) {}

  handle(code: string, body: ItemPrices, by: Staff) {
    return this.transactions.run(async (tx) => {
      const item = await tx.lock(Item, { code }, `item ${code}`).catch(() => {
        throw new NotFoundProblem(`no item ${code}`);
      });
      if (body.standardPriceMinor !== undefined)
        item.standardPriceMinor = String(body.standardPriceMinor);
      if (body.minimumPriceMinor !== undefined)
        item.minimumPriceMinor = String(body.minimumPriceMinor);
      item.pricesSetBy = by;
      item.pricesSetAt = this.clock.now();
      await tx.manager.save(item);
      return itemView(item);
    });
  }
}
