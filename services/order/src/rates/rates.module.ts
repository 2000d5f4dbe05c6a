import { Module } from '@nestjs/common';
import { ImportRateTableHandler } from './import-rate-table.handler';
import { RateTableQueries } from './rate-table.queries';
import { RateTablesHttpController } from './rate-tables.http.controller';

/** R3 rate tables: versions, CSV import, the table that quotes now. */
@Module({
  controllers: [RateTablesHttpController],
  providers: [ImportRateTableHandler, RateTableQueries],
  exports: [ImportRateTableHandler, RateTableQueries],
})
export class RatesModule {}
