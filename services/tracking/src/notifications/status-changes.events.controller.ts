import { trackingShipmentStatusChangedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEventBatch } from '@freight/messaging';
import { EnqueueNotificationsHandler } from './enqueue-notifications.handler';

/**
 * R11: this service's own status changes, read back from tracking.events in batches to queue
 * the customers' notifications — apart from the ingest's transaction, so telling customers
 * costs the dispatch ingest nothing and never holds it up.
 */
@EventsController({ group: 'tracking.notifications' })
export class StatusChangesEventsController {
  constructor(private readonly notifications: EnqueueNotificationsHandler) {}

  @OnEventBatch(trackingShipmentStatusChangedV1)
  async changed(
    events: EventOf<typeof trackingShipmentStatusChangedV1>[],
    { manager }: EventContext,
  ) {
    await this.notifications.enqueue(
      manager,
      events.map((e) => ({ eventId: e.id, ...e.data })),
    );
  }
}
