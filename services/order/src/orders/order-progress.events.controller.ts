import { schedulerEscalationRaisedV1, trackingShipmentStatusChangedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { ORDER_SUBJECT } from './order.deadlines';
import { OrderProgressHandler } from './order-progress.handler';

/** R11 → R4: tracking's steps move the order to dispatched / delivered. */
@EventsController({ group: 'order.shipment-progress' })
export class ShipmentProgressEventsController {
  constructor(private readonly progress: OrderProgressHandler) {}

  @OnEvent(trackingShipmentStatusChangedV1)
  async changed(event: EventOf<typeof trackingShipmentStatusChangedV1>, { manager }: EventContext) {
    const { waybillNo, status, occurredAt } = event.data;
    await this.progress.shipmentProgressed(waybillNo, status, new Date(occurredAt), manager);
  }
}

/** R4: lapsed levels of the documents desk's acknowledgement clock, recorded on the order. */
@EventsController({ group: 'order.acknowledgement-escalations' })
export class AcknowledgementEscalationsEventsController {
  constructor(private readonly progress: OrderProgressHandler) {}

  @OnEvent(schedulerEscalationRaisedV1, { where: (e) => e.data.subject.type === ORDER_SUBJECT })
  async escalated(event: EventOf<typeof schedulerEscalationRaisedV1>, { manager }: EventContext) {
    await this.progress.acknowledgementEscalated(event.data, manager);
  }
}
