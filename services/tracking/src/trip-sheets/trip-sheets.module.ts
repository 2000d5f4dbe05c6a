import { Module } from '@nestjs/common';
import { TripSheetQueries } from './trip-sheet.queries';
import { TripSheetsHttpController } from './trip-sheets.http.controller';

/** R14 trip sheets: by vehicle and day, and where their paper copies are filed. */
@Module({ controllers: [TripSheetsHttpController], providers: [TripSheetQueries] })
export class TripSheetsModule {}
