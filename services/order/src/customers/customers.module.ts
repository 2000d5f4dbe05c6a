import { Module } from '@nestjs/common';
import { CustomerQueries } from './customer.queries';
import { CustomersHttpController } from './customers.http.controller';
import { RegisterCustomerHandler } from './register-customer.handler';
import { UpdateCustomerHandler } from './update-customer.handler';

/** R1 the customer file. */
@Module({
  controllers: [CustomersHttpController],
  providers: [RegisterCustomerHandler, UpdateCustomerHandler, CustomerQueries],
  exports: [RegisterCustomerHandler, CustomerQueries],
})
export class CustomersModule {}
