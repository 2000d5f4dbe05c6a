import { Controller, Get, Post } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { Actor, CurrentActor, ValidBody, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { TripSheetQueries } from './trip-sheet.queries';

/** R14 trip sheets, by vehicle and day, and where their paper copies are filed. */
@Controller('trip-sheets')
export class TripSheetsHttpController {
  constructor(private readonly trips: TripSheetQueries) {}

  @Get()
  list(@ValidQuery(Http.tripSheetQuery) query: z.output<typeof Http.tripSheetQuery>) {
    return this.trips.list(query);
  }

  @Post('filings')
  file(
    @ValidBody(Http.fileTripSheetBody) body: z.output<typeof Http.fileTripSheetBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.trips.file(body, actor);
  }
}
