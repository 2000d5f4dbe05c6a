import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { LeadHandler } from './lead.handler';
import { LeadQueries } from './lead.queries';
import { LeadsHttpController } from './leads.http.controller';

/** R9 leads. */
@Module({
  imports: [CustomersModule],
  controllers: [LeadsHttpController],
  providers: [LeadHandler, LeadQueries],
  exports: [LeadHandler],
})
export class LeadsModule {}
