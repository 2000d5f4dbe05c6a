import { Controller, Post } from '@nestjs/common';
import { CurrentActor, pathId, ValidBody, ValidParam, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { CountSheet, countSheetView } from './count-sheet.entity';
import { CountSheetHandlers } from './count-sheet.handlers';
import { sheetLines } from './count-sheet.queries';
import { StockAdjustment, stockAdjustmentView } from './stock-adjustment.entity';
import { StockAdjustmentHandlers } from './stock-adjustment.handlers';

/** R28: the daily count sheets; one sheet's page shows its lines, differences first. */
@Controller('count-sheets')
export class CountSheetsHttpController extends FormReads(
  CountSheet,
  (s) => countSheetView(s),
  Http.countSheetsQuery,
  'count sheet',
  async (s, db) => countSheetView(s, await sheetLines(db.manager, s.id)),
) {
  constructor(private readonly sheets: CountSheetHandlers) {
    super();
  }

  @Post()
  open(
    @ValidBody(Http.newCountSheetBody) body: z.output<typeof Http.newCountSheetBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.open(body, staffOf(actor));
  }

  @Step(':id/counts')
  count(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.countsBody) body: z.output<typeof Http.countsBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.count(id, body, staffOf(actor));
  }

  @Step(':id/close')
  close(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.closeSheetBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.close(id, staffOf(actor));
  }
}

/** R28: adjustments that clear what the counts find, once approved. */
@Controller('stock-adjustments')
export class StockAdjustmentsHttpController extends FormReads(
  StockAdjustment,
  stockAdjustmentView,
  Http.stockAdjustmentsQuery,
  'stock adjustment',
) {
  constructor(private readonly adjustments: StockAdjustmentHandlers) {
    super();
  }

  @Post()
  raise(
    @ValidBody(Http.newStockAdjustmentBody) body: z.output<typeof Http.newStockAdjustmentBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.adjustments.raise(body, staffOf(actor));
  }
}
