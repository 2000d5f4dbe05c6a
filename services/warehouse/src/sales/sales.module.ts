import { Module } from '@nestjs/common';
import { QcClearanceHandler } from './qc-clearance.handler';
import { SaleFollowUps } from './sale.followups';
import { SaleHandlers } from './sale.handlers';
import { QcClearancesHttpController, SalesHttpController } from './sales.http.controller';

/** R29, R30, R33: sales of finished goods. */
@Module({
  controllers: [QcClearancesHttpController, SalesHttpController],
  providers: [QcClearanceHandler, SaleHandlers, SaleFollowUps],
})
export class SalesModule {}
