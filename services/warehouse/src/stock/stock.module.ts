import { Global, Module } from '@nestjs/common';
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
    WarehouseTransactions,
    StockLedger,
    StockQueries,
    CreateItemHandler,
    SetItemPricesHandler,
  ],
  exports: [WarehouseTransactions, StockLedger, StockQueries],
})
export class StockModule {}
