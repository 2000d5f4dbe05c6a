import { Module } from '@nestjs/common';
import { CustodyQueries } from './custody.queries';
import { RequisitionHandlers } from './requisition.handlers';
import { CustodyHttpController, RequisitionsHttpController } from './requisitions.http.controller';
import { VirtualReturnHandler } from './virtual-return.handler';
import { WorkshopCustody } from './workshop-custody';

/** R36 production requisitions with workshop custody, R37 material leaving the company. */
@Module({
  controllers: [RequisitionsHttpController, CustodyHttpController],
  providers: [RequisitionHandlers, WorkshopCustody, VirtualReturnHandler, CustodyQueries],
})
export class RequisitionsModule {}
