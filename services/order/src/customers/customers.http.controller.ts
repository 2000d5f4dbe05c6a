import { Controller, Get, Patch, Post } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { staffOf } from '../shared/staff';
import { CustomerQueries, CustomerSearch } from './customer.queries';
import type { CustomerPatch, NewCustomer } from './customer.rules';
import { customerChangeView, customerView } from './customer.view';
import { RegisterCustomerHandler } from './register-customer.handler';
import { UpdateCustomerHandler } from './update-customer.handler';

/** R1 over the internal API: the gateway forwards /api/v1/customers here. */
@Controller('customers')
export class CustomersHttpController {
  constructor(
    private readonly registerCustomer: RegisterCustomerHandler,
    private readonly updateCustomer: UpdateCustomerHandler,
    private readonly queries: CustomerQueries,
  ) {}

  @Post()
  async register(
    @ValidBody(OrderHttp.newCustomerBody) body: NewCustomer,
    @CurrentActor() actor: Actor,
  ) {
    return customerView(await this.registerCustomer.handle(body, staffOf(actor)));
  }

  @Get()
  async search(@ValidQuery(OrderHttp.customerSearchQuery) query: CustomerSearch) {
    const page = await this.queries.search(query);
    return { ...page, items: page.items.map(customerView) };
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    return customerView(await this.queries.byId(id));
  }

  @Patch(':id')
  async change(
    @ValidParam('id', pathId) id: string,
    @ValidBody(OrderHttp.customerPatchBody) body: CustomerPatch,
    @CurrentActor() actor: Actor,
  ) {
    return customerView(await this.updateCustomer.handle(id, body, staffOf(actor)));
  }

  @Get(':id/history')
  async history(
    @ValidParam('id', pathId) id: string,
    @ValidQuery(OrderHttp.customerHistoryQuery)
    query: z.output<typeof OrderHttp.customerHistoryQuery>,
  ) {
    const page = await this.queries.history(id, query);
    return { ...page, items: page.items.map(customerChangeView) };
  }
}
