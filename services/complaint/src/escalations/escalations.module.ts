import { Module } from '@nestjs/common';
import { FinesModule } from '../fines/fines.module';
import { EscalateCallHandler } from './escalate-call.handler';
import { EscalateComplaintHandler } from './escalate-complaint.handler';
import { EscalationsEventsController } from './escalations.events.controller';

/** Escalations of calls and complaints, from the scheduler (R15–R17, R21 manager neglect). */
@Module({
  imports: [FinesModule],
  providers: [EscalationsEventsController, EscalateComplaintHandler, EscalateCallHandler],
})
export class EscalationsModule {}
