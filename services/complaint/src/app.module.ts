import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { CallsModule } from './calls/calls.module';
import { complaintEntities, complaintMigrations } from './complaint.schema';
import { ComplaintsModule } from './complaints/complaints.module';
import { ComplaintConfig, SERVICE } from './config';
import { seedComplaintDesk } from './demo/complaint-desk.demo-data';
import { DeskModule } from './desk/desk.module';
import { EscalationsModule } from './escalations/escalations.module';
import { FinesModule } from './fines/fines.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReportsModule } from './reports/reports.module';
import { StarModule } from './star/star.module';
import { SurveysModule } from './surveys/surveys.module';

/**
 * The complaint desk (R10, R12, R15–R23): calls and complaints with their deadlines, the
 * register, fines, the service star, surveys and reports.
 */
@Module({})
export class AppModule {
  static register(config: ComplaintConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: complaintEntities,
          migrations: complaintMigrations,
          seedDemoData: seedComplaintDesk,
        }),
        ReadModelsModule,
        DeskModule,
        CallsModule,
        ComplaintsModule,
        EscalationsModule,
        FinesModule,
        SurveysModule,
        StarModule,
        ReportsModule,
      ],
    };
  }
}
