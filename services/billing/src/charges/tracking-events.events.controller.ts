import {
  trackingExceptionRaisedV1,
  trackingPodReceivedV1,
  trackingShipmentStatusChangedV1,
} from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { RecordTrackingHandler } from './record-tracking.handler';

/** Tracking's events → delivery, POD and exceptions on billing's shipments (R24, R26). */
@EventsController({ group: 'billing.tracking' })
export class TrackingEventsController {
  constructor(private readonly tracking: RecordTrackingHandler) {}

  @OnEvent(trackingShipmentStatusChangedV1, { where: (e) => e.data.status === 'delivered' })
  async statusChanged(
    event: EventOf<typeof trackingShipmentStatusChangedV1>,
    { manager }: EventContext,
  ) {
    await this.tracking.delivered(event.data, manager);
  }

  @OnEvent(trackingPodReceivedV1)
  async podReceived(event: EventOf<typeof trackingPodReceivedV1>, { manager }: EventContext) {
    await this.tracking.podReceived(event.data, manager);
  }

  @OnEvent(trackingExceptionRaisedV1)
  async exceptionRaised(
    event: EventOf<typeof trackingExceptionRaisedV1>,
    { manager }: EventContext,
  ) {
    await this.tracking.exceptionRaised(event.data, manager);
  }
}
