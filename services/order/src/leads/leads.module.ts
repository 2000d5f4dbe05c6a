import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { LeadHandler } from './lead.handler';
import { LeadsHttpController } from './leads.http.controller';

/** R9 leads. */
@Module({
  imports: [CustomersModule],
  controllers: [LeadsHttpController],
  providers: [LeadHandler],
  exports: [LeadHandler],
})
export class LeadsModule {}
