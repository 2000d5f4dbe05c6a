import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { seedDemoCalendars } from './calendars/calendar.demo-data';
import { CalendarsModule } from './calendars/calendars.module';
import { SchedulerConfig, SERVICE } from './config';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { schedulerEntities, schedulerMigrations } from './scheduler.schema';

/** The scheduler service (R39): business calendars, durable deadlines and their escalations. */
@Module({})
export class AppModule {
  static register(config: SchedulerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: schedulerEntities,
          migrations: schedulerMigrations,
          seedDemoData: seedDemoCalendars,
        }),
        CalendarsModule,
        DeadlinesModule,
      ],
    };
  }
}
