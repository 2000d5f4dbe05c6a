import { orderAmendedV1, orderCancelledV1, orderPlacedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { RecordOrderHandler } from './record-order.handler';

/** The order service's orders → billing's charges (R24 item 1). */
@EventsController({ group: 'billing.orders' })
export class OrderEventsController {
  constructor(private readonly orders: RecordOrderHandler) {}

  @OnEvent(orderPlacedV1)
  async placed(event: EventOf<typeof orderPlacedV1>, { manager }: EventContext) {
    await this.orders.placed(event.data, manager);
  }

  @OnEvent(orderAmendedV1)
  async amended(event: EventOf<typeof orderAmendedV1>, { manager }: EventContext) {
    await this.orders.amended(event, manager);
  }

  @OnEvent(orderCancelledV1)
  async cancelled(event: EventOf<typeof orderCancelledV1>, { manager }: EventContext) {
    await this.orders.cancelled(event, manager);
  }
}
