import { Module } from '@nestjs/common';
import { FinesModule } from '../fines/fines.module';
import { SurveysModule } from '../surveys/surveys.module';
import { CausesHttpController } from './causes.http.controller';
import { ComplaintQueries } from './complaint.queries';
import { ComplaintsHttpController } from './complaints.http.controller';
import { RecordFaultHandler } from './record-fault.handler';
import { RecordStepHandler } from './record-step.handler';
import { RegisterComplaintHandler } from './register-complaint.handler';
import { ReopenComplaintHandler } from './reopen-complaint.handler';
import { ReplyComplaintHandler } from './reply-complaint.handler';
import { ResolveComplaintHandler } from './resolve-complaint.handler';

/** R17 complaints and the R18 register. */
@Module({
  imports: [SurveysModule, FinesModule],
  controllers: [ComplaintsHttpController, CausesHttpController],
  providers: [
    ComplaintQueries,
    RegisterComplaintHandler,
    ReplyComplaintHandler,
    RecordStepHandler,
    ResolveComplaintHandler,
    ReopenComplaintHandler,
    RecordFaultHandler,
  ],
  exports: [
    RegisterComplaintHandler,
    ReplyComplaintHandler,
    RecordStepHandler,
    ResolveComplaintHandler,
    RecordFaultHandler,
  ],
})
export class ComplaintsModule {}
