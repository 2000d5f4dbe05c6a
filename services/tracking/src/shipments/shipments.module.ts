import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { ExceptionsModule } from '../exceptions/exceptions.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PodsModule } from '../pods/pods.module';
import { DispatchTrackingEventsController } from './dispatch-tracking.events.controller';
import { IngestDispatchHandler } from './ingest-dispatch.handler';
import { OrderEventsController } from './order-events.events.controller';
import { RecordOrderHandler } from './record-order.handler';
import { ShipmentProgress } from './shipment-progress';
import { ShipmentQueries } from './shipment.queries';
import { ShipmentsHttpController } from './shipments.http.controller';

/** R11: shipments from the order service's orders, their timelines from dispatch. */
@Module({
  imports: [CustomersModule, ExceptionsModule, PodsModule, NotificationsModule],
  controllers: [ShipmentsHttpController],
  providers: [
    ShipmentProgress,
    IngestDispatchHandler,
    RecordOrderHandler,
    ShipmentQueries,
    // Kafka entry points are providers: they have no HTTP routes
    DispatchTrackingEventsController,
    OrderEventsController,
  ],
  exports: [ShipmentQueries, RecordOrderHandler, IngestDispatchHandler],
})
export class ShipmentsModule {}
