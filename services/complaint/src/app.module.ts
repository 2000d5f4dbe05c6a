import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { seedDemoCalls } from './calls/call-log.demo-data';
import { CallLog } from './calls/call-log.entity';
import { ComplaintConfig, SERVICE } from './config';
import { complaintMigrations } from './migrations';

/** The complaint service: the call log (R15, R16); complaints, fines and surveys follow. */
@Module({})
export class AppModule {
  static register(config: ComplaintConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [CallLog],
          migrations: complaintMigrations,
          seedDemoData: seedDemoCalls,
        }),
      ],
    };
  }
}
