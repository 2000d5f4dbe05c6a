import { orderAmendedV1, orderCancelledV1, orderPlacedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { RecordOrderChangeHandler } from './record-order-change.handler';

/**
 * R40: the order service's events feed the day's pickups and deliveries (each effect and its
 * inbox row in one transaction: a redelivered event changes nothing twice).
 */
@EventsController({ group: 'planning.orders' })
export class OrderEventsController {
  constructor(private readonly record: RecordOrderChangeHandler) {}

  @OnEvent(orderPlacedV1)
  async placed(event: EventOf<typeof orderPlacedV1>, { manager }: EventContext) {
    await this.record.handle(
      { kind: 'placed', order: event.data, at: new Date(event.data.placedAt) },
      manager,
    );
  }

  @OnEvent(orderAmendedV1)
  async amended(event: EventOf<typeof orderAmendedV1>, { manager }: EventContext) {
    await this.record.handle(
      { kind: 'amended', order: event.data, at: new Date(event.data.amendedAt) },
      manager,
    );
  }

  @OnEvent(orderCancelledV1)
  async cancelled(event: EventOf<typeof orderCancelledV1>, { manager }: EventContext) {
    const { waybillNo, cancelledAt } = event.data;
    await this.record.handle({ kind: 'cancelled', waybillNo, at: new Date(cancelledAt) }, manager);
  }
}
