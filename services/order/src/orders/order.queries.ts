import { Injectable } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { NotFoundProblem, Page, pageOf } from '@freight/platform';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { HistoryLine } from '../shared/history-line.entity';
import { historyPage } from '../shared/history.store';
import { keyOf, newestFirst } from '../shared/keyset';
import { Order } from './order.entity';

export type OrderSearch = z.output<typeof OrderHttp.orderSearchQuery>;

/**
 * R6 lookup: by waybill, customer, date range (placed), lane and status, newest first, in keyset
 * pages. Each filter is an equality or a range on an indexed column and the order is the
 * indexes' own (placed_at DESC, order_id DESC), so a page is one index range scan at any depth
 * (bench/order prints the plan at 1M orders).
 */
export function searchOrders(
  qb: SelectQueryBuilder<Order>,
  query: OrderSearch,
): SelectQueryBuilder<Order> {
  const exact = [
    ['branch', 'o.branch'],
    ['waybillNo', 'o.waybillNo'],
    ['customerId', 'o.customerId'],
    ['origin', 'o.laneOrigin'],
    ['destination', 'o.laneDestination'],
    ['status', 'o.status'],
  ] as const;
  for (const [param, column] of exact) {
    if (query[param] !== undefined) qb.andWhere(`${column} = :${param}`, { [param]: query[param] });
  }
  if (query.from) qb.andWhere('o.placedAt >= :from', { from: query.from });
  if (query.to) qb.andWhere('o.placedAt < :to', { to: query.to });
  return newestFirst(qb, { time: 'o.placedAt', id: 'o.orderId' }, query);
}

@Injectable()
export class OrderQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byId(orderId: string): Promise<Order> {
    const order = await this.dataSource.manager.findOneBy(Order, { orderId });
    if (!order) throw new NotFoundProblem(`no order ${orderId}`);
    return order;
  }

  /** The order of a waybill (R5: one order per waybill number), for the gateway's waybill view. */
  async byWaybill(waybillNo: string): Promise<Order> {
    const order = await this.dataSource.manager.findOneBy(Order, { waybillNo });
    if (!order) throw new NotFoundProblem(`no order with waybill ${waybillNo}`);
    return order;
  }

  async search(query: OrderSearch): Promise<Page<Order>> {
    const rows = await searchOrders(
      this.dataSource.manager.createQueryBuilder(Order, 'o'),
      query,
    ).getMany();
    return pageOf(
      rows,
      query.limit,
      (o) => o,
      (o) => keyOf(o.placedAt, o.orderId),
    );
  }

  /** R4: amendments, acknowledgements, cancellation and progress, oldest first. */
  async history(
    orderId: string,
    page: { limit: number; cursor?: string },
  ): Promise<Page<HistoryLine>> {
    await this.byId(orderId);
    return historyPage(this.dataSource.manager, { type: 'order', id: orderId }, page);
  }
}
