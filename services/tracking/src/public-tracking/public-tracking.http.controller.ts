import { Controller, Get } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { PublicTrackingQueries } from './public-tracking.queries';

/** R11: the customer's own tracking page asks here (through the gateway's public route). */
@Controller('public/tracking')
export class PublicTrackingHttpController {
  constructor(private readonly queries: PublicTrackingQueries) {}

  @Get(':waybillNo')
  lookup(
    @ValidParam('waybillNo', Http.waybillParam) waybillNo: string,
    @ValidQuery(Http.publicTrackingQuery) query: z.output<typeof Http.publicTrackingQuery>,
  ) {
    return this.queries.lookup(waybillNo, query.phoneLast4);
  }
}
