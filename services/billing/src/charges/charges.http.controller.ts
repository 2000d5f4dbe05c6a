import { Controller, Get } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { ChargeQueries } from './charges.queries';

/** R24 item 1: billable shipments and their charges, for the gateway. */
@Controller('charges')
export class ChargesHttpController {
  constructor(private readonly charges: ChargeQueries) {}

  @Get()
  list(@ValidQuery(BillingHttp.chargesQuery) query: z.output<typeof BillingHttp.chargesQuery>) {
    return this.charges.list(query);
  }
}
