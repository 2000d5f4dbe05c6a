import { Module } from '@nestjs/common';
import { AssessFineHandler } from './assess-fine.handler';
import { FinesLedger } from './fines-ledger';
import { FinesHttpController } from './fines.http.controller';
import { FinesQueries } from './fines.queries';
import { WaiveFineHandler } from './waive-fine.handler';

/** R21 complaint fines. */
@Module({
  controllers: [FinesHttpController],
  providers: [FinesLedger, FinesQueries, WaiveFineHandler, AssessFineHandler],
  exports: [FinesLedger],
})
export class FinesModule {}
