import { Controller, Get, Post } from '@nestjs/common';
import {
  CurrentActor,
  NotFoundProblem,
  pathId,
  ValidBody,
  ValidParam,
  ValidQuery,
  type Actor,
} from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { listForms } from '../shared/form-list';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { CountSheet, countSheetView } from './count-sheet.entity';
import { CountSheetHandlers } from './count-sheet.handlers';
import { sheetLines } from './count-sheet.queries';
import { StockAdjustment, stockAdjustmentView } from './stock-adjustment.entity';
import { StockAdjustmentHandlers } from './stock-adjustment.handlers';

/** R28: count sheets and the adjustments that clear what they find. */
@Controller()
export class CountsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sheets: CountSheetHandlers,
    private readonly adjustments: StockAdjustmentHandlers,
  ) {}

  @Get('count-sheets')
  list(@ValidQuery(Http.countSheetsQuery) q: z.output<typeof Http.countSheetsQuery>) {
    return listForms(this.dataSource.manager, CountSheet, q, (s) => countSheetView(s));
  }

  @Get('count-sheets/:id')
  async one(@ValidParam('id', pathId) id: string) {
    const sheet = await this.dataSource.manager.findOneBy(CountSheet, { id });
    if (!sheet) throw new NotFoundProblem(`no count sheet ${id}`);
    return countSheetView(sheet, await sheetLines(this.dataSource.manager, id));
  }

  @Post('count-sheets')
  open(
    @ValidBody(Http.newCountSheetBody) body: z.output<typeof Http.newCountSheetBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.open(body, staffOf(actor));
  }

  @Step('count-sheets/:id/counts')
  count(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.countsBody) body: z.output<typeof Http.countsBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.count(id, body, staffOf(actor));
  }

  @Step('count-sheets/:id/close')
  close(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.closeSheetBody) _body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.close(id, staffOf(actor));
  }

  @Get('stock-adjustments')
  adjustmentList(
    @ValidQuery(Http.stockAdjustmentsQuery) q: z.output<typeof Http.stockAdjustmentsQuery>,
  ) {
    return listForms(this.dataSource.manager, StockAdjustment, q, stockAdjustmentView);
  }

  @Get('stock-adjustments/:id')
  async adjustment(@ValidParam('id', pathId) id: string) {
    const a = await this.dataSource.manager.findOneBy(StockAdjustment, { id });
    if (!a) throw new NotFoundProblem(`no stock adjustment ${id}`);
    return stockAdjustmentView(a);
  }

  @Post('stock-adjustments')
  raise(
    @ValidBody(Http.newStockAdjustmentBody) body: z.output<typeof Http.newStockAdjustmentBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.adjustments.raise(body, staffOf(actor));
  }
}
