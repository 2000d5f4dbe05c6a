import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { PlanningConfig, SERVICE } from './config';
import { DistancesModule } from './distances/distances.module';
import { seedDemoFleet } from './fleet/fleet.demo-data';
import { FleetModule } from './fleet/fleet.module';
import { JobsModule } from './jobs/jobs.module';
import { planningEntities, planningMigrations } from './planning.schema';
import { PlansModule } from './plans/plans.module';
import { SolverModule } from './solver/solver.module';

/**
 * The planning service (R40): the fleet per branch, the day's pickups and deliveries from order
 * events, and plans computed by the solver helper, published to dispatch.
 */
@Module({})
export class AppModule {
  static register(config: PlanningConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: planningEntities,
          migrations: planningMigrations,
          seedDemoData: seedDemoFleet,
        }),
        SolverModule,
        DistancesModule,
        FleetModule,
        PlansModule,
        JobsModule,
      ],
    };
  }
}
