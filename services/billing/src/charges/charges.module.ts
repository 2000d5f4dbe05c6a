import { Module } from '@nestjs/common';
import { CustomerEventsController } from '../customers/customer-events.events.controller';
import { ChargesHttpController } from './charges.http.controller';
import { ChargeQueries } from './charges.queries';
import { OrderEventsController } from './order-events.events.controller';
import { RecordOrderHandler } from './record-order.handler';
import { RecordTrackingHandler } from './record-tracking.handler';
import { TrackingEventsController } from './tracking-events.events.controller';

/** R24 item 1: the read models of customers, shipments and their charges. */
@Module({
  controllers: [ChargesHttpController],
  providers: [
    RecordOrderHandler,
    RecordTrackingHandler,
    ChargeQueries,
    CustomerEventsController,
    OrderEventsController,
    TrackingEventsController,
  ],
  exports: [RecordOrderHandler, RecordTrackingHandler],
})
export class ChargesModule {}
