import { Global, Module } from '@nestjs/common';
import { GatePasses } from './gate-passes';
import { GateHandlers } from './gate.handlers';
import { GateExitsHttpController, GatePassesHttpController } from './gate.http.controller';
import { GateSubjects } from './gate-subjects';

/** R29 gate passes and gate exits, for every desk whose goods leave the company. */
@Global()
@Module({
  controllers: [GatePassesHttpController, GateExitsHttpController],
  providers: [GateSubjects, GatePasses, GateHandlers],
  exports: [GateSubjects, GatePasses],
})
export class GateModule {}
