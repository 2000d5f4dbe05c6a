import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { BillingConfig, SERVICE } from './config';
import { billingMigrations } from './migrations';
import { seedDemoBillingPeriods } from './periods/billing-period.demo-data';
import { BillingPeriod } from './periods/billing-period.entity';

/** The billing service: monthly billing periods (R24); invoices and receivables follow. */
@Module({})
export class AppModule {
  static register(config: BillingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [BillingPeriod],
          migrations: billingMigrations,
          seedDemoData: seedDemoBillingPeriods,
        }),
      ],
    };
  }
}
