import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { PlatformModule } from '@freight/platform';
import { seedDemoCalendars } from './calendars/calendar.demo-data';
import { CalendarsModule } from './calendars/calendars.module';
import type { Clock } from './clock/clock';
import { SchedulerConfig, SERVICE } from './config';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { ProblemFilter } from './http/problem.filter';
import { schedulerEntities, schedulerMigrations } from './scheduler.schema';

export interface SchedulerOverrides {
  /** tests: a FakeClock */
  clock?: Clock;
}

/** The scheduler service (R39): business calendars, durable deadlines and their escalations. */
@Module({})
export class AppModule {
  static register(config: SchedulerConfig, overrides: SchedulerOverrides = {}): DynamicModule {
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
        DeadlinesModule.register({ clock: overrides.clock }),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
