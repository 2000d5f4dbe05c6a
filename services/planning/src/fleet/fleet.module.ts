import { Module } from '@nestjs/common';
import { FleetHttpController } from './fleet.http.controller';
import { ManageFleetHandler } from './manage-fleet.handler';

/** The fleet per branch (R40). */
@Module({
  controllers: [FleetHttpController],
  providers: [ManageFleetHandler],
  exports: [ManageFleetHandler],
})
export class FleetModule {}
