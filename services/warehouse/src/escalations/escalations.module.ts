import { Global, Module } from '@nestjs/common';
import { DeadlineActions } from './deadline-actions';
import { WarehouseEscalationsEventsController } from './warehouse-escalations.events.controller';

/** Lapsed warehouse deadlines come back here and go to their desk. */
@Global()
@Module({
  providers: [DeadlineActions, WarehouseEscalationsEventsController],
  exports: [DeadlineActions],
})
export class EscalationsModule {}
