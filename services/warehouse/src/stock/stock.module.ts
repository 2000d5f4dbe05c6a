import { Global, Module } from '@nestjs/common';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { CreateItemHandler, SetItemPricesHandler } from './items.handlers';
import { StockHttpController } from './stock.http.controller';
import { StockLedger } from './stock-ledger';
import { StockQueries } from './stock.queries';

/** R28 items and stock: the ledger every form books through, shared with every desk. */
@Global()
@Module({
  controllers: [StockHttpController],
  providers: [
    WarehouseClock,
    WarehouseTransactions,
    StockLedger,
    StockQueries,
    CreateItemHandler,
    SetItemPricesHandler,
  ],
  exports: [WarehouseClock, WarehouseTransactions, StockLedger, StockQueries],
})
export class StockModule {}
