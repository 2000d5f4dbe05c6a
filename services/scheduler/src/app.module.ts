import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { seedDemoCalendars } from './calendars/calendar.demo-data';
import { Calendar } from './calendars/calendar.entity';
import { SchedulerConfig, SERVICE } from './config';
import { schedulerMigrations } from './migrations';

/** The scheduler service: business calendars (R39); deadlines and escalations follow. */
@Module({})
export class AppModule {
  static register(config: SchedulerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [Calendar],
          migrations: schedulerMigrations,
          seedDemoData: seedDemoCalendars,
        }),
      ],
    };
  }
}
