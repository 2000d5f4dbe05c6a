import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { SERVICE, WarehouseConfig } from './config';
import { warehouseMigrations } from './migrations';
import { seedDemoStock } from './stock/stock-item.demo-data';
import { StockItem } from './stock/stock-item.entity';

/** The warehouse service: the stock ledger (R28); receipts, issues and gate passes follow. */
@Module({})
export class AppModule {
  static register(config: WarehouseConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [StockItem],
          migrations: warehouseMigrations,
          seedDemoData: seedDemoStock,
        }),
      ],
    };
  }
}
