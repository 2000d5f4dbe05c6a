import { Module } from '@nestjs/common';
import { OrderEventsController } from './order-events.events.controller';

/** Read models of the order service's data, fed by its events (R10, R12, R15). */
@Module({ providers: [OrderEventsController] })
export class ReadModelsModule {}
