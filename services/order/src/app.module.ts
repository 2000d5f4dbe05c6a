import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { OrderConfig, SERVICE } from './config';
import { seedDemoCustomers } from './customers/customer.demo-data';
import { Customer } from './customers/customer.entity';
import { orderMigrations } from './migrations';

/** The order service: customers (R1); inquiries, quotes and orders arrive with their issues. */
@Module({})
export class AppModule {
  static register(config: OrderConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [Customer],
          migrations: orderMigrations,
          seedDemoData: seedDemoCustomers,
        }),
      ],
    };
  }
}
