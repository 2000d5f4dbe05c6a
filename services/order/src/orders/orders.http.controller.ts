import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { OrderHttp, waybillNo } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { historyLineView } from '../shared/history.store';
import { staffOf } from '../shared/staff';
import { ChangeOrderHandler } from './change-order.handler';
import { OrderQueries, OrderSearch } from './order.queries';
import type { NewOrder, OrderPatch } from './order.rules';
import { orderSummaryView, orderView } from './order.view';
import { PlaceOrderHandler } from './place-order.handler';

/** R4, R6 over the internal API: the gateway forwards /api/v1/orders here. */
@Controller('orders')
export class OrdersHttpController {
  constructor(
    private readonly place: PlaceOrderHandler,
    private readonly change: ChangeOrderHandler,
    private readonly queries: OrderQueries,
  ) {}

  @Post()
  async placed(@ValidBody(OrderHttp.newOrderBody) body: NewOrder, @CurrentActor() actor: Actor) {
    return orderView(await this.place.handle(body, staffOf(actor)));
  }

  @Get()
  async search(@ValidQuery(OrderHttp.orderSearchQuery) query: OrderSearch) {
    const page = await this.queries.search(query);
    return { ...page, items: page.items.map(orderSummaryView) };
  }

  /** The gateway's composed waybill view asks for the order of a waybill (issue 22 item 6). */
  @Get('by-waybill/:no')
  async ofWaybill(@ValidParam('no', waybillNo) no: string) {
    return orderView(await this.queries.byWaybill(no));
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    return orderView(await this.queries.byId(id));
  }

  @Patch(':id')
  async amend(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.orderPatchBody) body: OrderPatch,
    @CurrentActor() actor: Actor,
  ) {
    return orderView(await this.change.amend(id, body, staffOf(actor)));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.cancelOrderBody) body: z.output<typeof OrderHttp.cancelOrderBody>,
    @CurrentActor() actor: Actor,
  ) {
    return orderView(await this.change.cancel(id, body.reason, staffOf(actor)));
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  async acknowledge(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.acknowledgeBody) body: z.output<typeof OrderHttp.acknowledgeBody>,
    @CurrentActor() actor: Actor,
  ) {
    return orderView(await this.change.acknowledge(id, body.note, staffOf(actor)));
  }

  @Get(':id/history')
  async history(
    @ValidParam('id', pathId) id: string,
    @ValidQuery(OrderHttp.orderHistoryQuery) query: z.output<typeof OrderHttp.orderHistoryQuery>,
  ) {
    const page = await this.queries.history(id, query);
    return { ...page, items: page.items.map(historyLineView) };
  }
}
