import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { ApprovalsModule } from './approvals/approvals.module';
import { SERVICE, WarehouseConfig } from './config';
import { CountsModule } from './counts/counts.module';
import { EntrustedModule } from './entrusted/entrusted.module';
import { seedWarehouseDemo } from './demo/warehouse.demo-data';
import { EscalationsModule } from './escalations/escalations.module';
import { FinesModule } from './fines/fines.module';
import { GateModule } from './gate/gate.module';
import { InboundModule } from './inbound/inbound.module';
import { PurchasesModule } from './purchases/purchases.module';
import { RequisitionsModule } from './requisitions/requisitions.module';
import { ReturnsModule } from './returns/returns.module';
import { SalesModule } from './sales/sales.module';
import { StockModule } from './stock/stock.module';
import { warehouseEntities, warehouseMigrations } from './warehouse.schema';

/**
 * The warehouse service (R27–R38): the stock ledger and its cards, the forms of every desk with
 * their QC and finance gates, approvals, deadlines and assessment fines.
 */
@Module({})
export class AppModule {
  static register(config: WarehouseConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: warehouseEntities,
          migrations: warehouseMigrations,
          seedDemoData: seedWarehouseDemo,
        }),
        StockModule,
        ApprovalsModule,
        FinesModule,
        EscalationsModule,
        GateModule,
        InboundModule,
        SalesModule,
        ReturnsModule,
        EntrustedModule,
        PurchasesModule,
        RequisitionsModule,
        CountsModule,
      ],
    };
  }
}
