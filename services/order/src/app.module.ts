import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { OrderConfig, SERVICE } from './config';
import { CustomersModule } from './customers/customers.module';
import { seedDemoDesk } from './demo/demo-desk';
import { InquiriesModule } from './inquiries/inquiries.module';
import { LeadsModule } from './leads/leads.module';
import { orderEntities, orderMigrations } from './order.schema';
import { OrdersModule } from './orders/orders.module';
import { RatesModule } from './rates/rates.module';
import { ReportsModule } from './reports/reports.module';

/**
 * The order service, the customer desk (R1–R9): customers, rate tables, inquiries and quotes
 * within 8 hours, orders for the documents desk, waybills and labels, pickup notices, leads,
 * the daily volume report.
 */
@Module({})
export class AppModule {
  static register(config: OrderConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: orderEntities,
          migrations: orderMigrations,
          seedDemoData: seedDemoDesk,
        }),
        CustomersModule,
        RatesModule,
        InquiriesModule,
        OrdersModule,
        LeadsModule,
        ReportsModule,
      ],
    };
  }
}
