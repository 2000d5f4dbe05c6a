import { Module } from '@nestjs/common';
import { ExceptionsModule } from '../exceptions/exceptions.module';
import { PodsModule } from '../pods/pods.module';
import { TrackingEscalationsEventsController } from './tracking-escalations.events.controller';

/** The scheduler's escalations of this service's deadlines (R13, R14, R39). */
@Module({
  imports: [ExceptionsModule, PodsModule],
  providers: [TrackingEscalationsEventsController],
})
export class EscalationsModule {}
