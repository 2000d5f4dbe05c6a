import { Module } from '@nestjs/common';
import { LabelsHttpController } from '../labels/labels.http.controller';
import { PickupNoticeHandler } from '../pickup-notices/pickup-notice.handler';
import { PickupNoticesHttpController } from '../pickup-notices/pickup-notices.http.controller';
import { RatesModule } from '../rates/rates.module';
import { ChangeOrderHandler } from './change-order.handler';
import { OrderChanges } from './order-changes';
import {
  AcknowledgementEscalationsEventsController,
  ShipmentProgressEventsController,
} from './order-progress.events.controller';
import { OrderProgressHandler } from './order-progress.handler';
import { OrderQueries } from './order.queries';
import { OrdersHttpController } from './orders.http.controller';
import { PlaceOrderHandler } from './place-order.handler';

/** R4 orders, R5 waybills and labels, R6 search, R8 pickup notices. */
@Module({
  imports: [RatesModule],
  controllers: [OrdersHttpController, LabelsHttpController, PickupNoticesHttpController],
  providers: [
    PlaceOrderHandler,
    OrderChanges,
    ChangeOrderHandler,
    PickupNoticeHandler,
    OrderProgressHandler,
    OrderQueries,
    // Kafka entry points are providers: they have no HTTP routes
    ShipmentProgressEventsController,
    AcknowledgementEscalationsEventsController,
  ],
  exports: [PlaceOrderHandler, ChangeOrderHandler, PickupNoticeHandler],
})
export class OrdersModule {}
