import { Module } from '@nestjs/common';
import { CountSheetHandlers } from './count-sheet.handlers';
import {
  CountSheetsHttpController,
  StockAdjustmentsHttpController,
} from './counts.http.controller';
import { StockAdjustmentHandlers } from './stock-adjustment.handlers';

/** R28 daily counts and the adjustments that clear what they find. */
@Module({
  controllers: [CountSheetsHttpController, StockAdjustmentsHttpController],
  providers: [CountSheetHandlers, StockAdjustmentHandlers],
})
export class CountsModule {}
