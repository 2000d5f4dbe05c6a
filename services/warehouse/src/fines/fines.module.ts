import { Global, Module } from '@nestjs/common';
import { AssessFineHandler } from './assess-fine.handler';
import { Fines } from './fines';
import { FinesHttpController } from './fines.http.controller';
import { FinesQueries } from './fines.queries';

/** R38 assessment lines: assessed by forms, lapsed deadlines and managers. */
@Global()
@Module({
  controllers: [FinesHttpController],
  providers: [Fines, FinesQueries, AssessFineHandler],
  exports: [Fines],
})
export class FinesModule {}
