import {
  isValidWaybillNo,
  orderAmendedV1,
  orderCancelledV1,
  orderCustomerRegisteredV1,
  orderCustomerUpdatedV1,
  orderPlacedV1,
} from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { CustomerFileRecorder } from '../customers/customer-file.recorder';
import { RecordOrderHandler } from './record-order.handler';
import { InvalidWaybillNo } from './shipment.errors';

/** R5: an order whose waybill number cannot exist is refused (dead-lettered), never tracked. */
function checkWaybillNo(waybillNo: string, eventId: string): void {
  if (!isValidWaybillNo(waybillNo)) throw new InvalidWaybillNo(waybillNo, eventId);
}

/** The order service's events this service keeps read models of: orders (R4) and customers (R1). */
@EventsController({ group: 'tracking.orders' })
export class OrderEventsController {
  constructor(
    private readonly orders: RecordOrderHandler,
    private readonly customers: CustomerFileRecorder,
  ) {}

  @OnEvent(orderPlacedV1)
  async placed(event: EventOf<typeof orderPlacedV1>, { manager }: EventContext) {
    checkWaybillNo(event.data.waybillNo, event.id);
    await this.orders.placed(event.data, new Date(event.data.placedAt), manager);
  }

  @OnEvent(orderAmendedV1)
  async amended(event: EventOf<typeof orderAmendedV1>, { manager }: EventContext) {
    checkWaybillNo(event.data.waybillNo, event.id);
    await this.orders.amended(event.data, new Date(event.data.amendedAt), manager);
  }

  @OnEvent(orderCancelledV1)
  async cancelled(event: EventOf<typeof orderCancelledV1>, { manager }: EventContext) {
    const { waybillNo, reason, cancelledAt } = event.data;
    await this.orders.cancelled(waybillNo, reason, new Date(cancelledAt), manager);
  }

  @OnEvent(orderCustomerRegisteredV1)
  async customerRegistered(
    event: EventOf<typeof orderCustomerRegisteredV1>,
    context: EventContext,
  ) {
    await this.customers.record(event, context);
  }

  @OnEvent(orderCustomerUpdatedV1)
  async customerUpdated(event: EventOf<typeof orderCustomerUpdatedV1>, context: EventContext) {
    await this.customers.record(event, context);
  }
}
