import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { ChargesModule } from './charges/charges.module';
import { BillingConfig, SERVICE } from './config';
import { seedDemoBilling } from './demo/billing.demo-data';
import { billingMigrations } from './migrations';
import { ReceivablesModule } from './receivables/receivables.module';
import { StatisticsModule } from './statistics/statistics.module';
import { ReconciliationModule } from './statements/reconciliation.module';

/**
 * The billing service (R24–R26): charges from the order and tracking events, the month-end
 * reconciliation to the invoice, receivables, the monthly operations statistics — and finance
 * fed over billing.events.
 */
@Module({})
export class AppModule {
  static register(config: BillingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          // billing works in SQL (decision 0070): no TypeORM entities
          entities: [],
          migrations: billingMigrations,
          seedDemoData: seedDemoBilling,
        }),
        ChargesModule,
        ReconciliationModule,
        ReceivablesModule,
        StatisticsModule,
      ],
    };
  }
}
