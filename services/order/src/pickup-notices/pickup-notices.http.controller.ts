import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam } from '@freight/platform';
import type { z } from 'zod';
import { OrderQueries } from '../orders/order.queries';
import { orderView } from '../orders/order.view';
import { staffOf } from '../shared/staff';
import { PickupNotice } from './pickup-notice.entity';
import { PickupNoticeHandler } from './pickup-notice.handler';

const noticeView = (n: PickupNotice) => ({
  noticeId: n.noticeId,
  channel: n.channel,
  answeredBy: n.answeredBy,
  notifiedAt: n.notifiedAt.toISOString(),
  notifiedBy: n.notifiedBy,
  piecesArrived: n.piecesArrived,
  cashToCollect: n.cash,
  text: n.text,
  ...(n.note ? { note: n.note } : {}),
});

/** R8 over the internal API: /orders/{id}/pickup-notices and /orders/{id}/collected. */
@Controller('orders')
export class PickupNoticesHttpController {
  constructor(
    private readonly notices: PickupNoticeHandler,
    private readonly orders: OrderQueries,
  ) {}

  @Get(':id/pickup-notices')
  async list(@ValidParam('id', pathId) id: string) {
    const order = await this.orders.byId(id);
    const items = await this.notices.onRecord(id);
    return { draft: this.notices.draft(order), items: items.map(noticeView) };
  }

  @Post(':id/pickup-notices')
  async notify(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.pickupNoticeBody) body: z.output<typeof OrderHttp.pickupNoticeBody>,
    @CurrentActor() actor: Actor,
  ) {
    return noticeView(await this.notices.notify(id, body, staffOf(actor)));
  }

  @Post(':id/collected')
  @HttpCode(200)
  async collected(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.collectedBody) body: z.output<typeof OrderHttp.collectedBody>,
    @CurrentActor() actor: Actor,
  ) {
    const at = body.collectedAt ? new Date(body.collectedAt) : undefined;
    return orderView(await this.notices.collected(id, body.collectedBy, staffOf(actor), at));
  }
}
