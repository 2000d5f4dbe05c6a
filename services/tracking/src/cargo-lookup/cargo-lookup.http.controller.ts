import { Controller, Get } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { CargoLookupQueries } from './cargo-lookup.queries';

/** R12: the agent on a cargo lookup call asks here; the call itself is logged by the complaint service. */
@Controller('cargo-lookup')
export class CargoLookupHttpController {
  constructor(private readonly queries: CargoLookupQueries) {}

  @Get()
  lookup(@ValidQuery(Http.cargoLookupQuery) query: z.output<typeof Http.cargoLookupQuery>) {
    return this.queries.lookup(query);
  }
}
