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
import { PurchaseReceipt, purchaseReceiptView } from './purchase-receipt.entity';
import { PurchaseHandlers } from './purchase.handlers';

/** R35 purchased materials. */
@Controller('purchase-receipts')
export class PurchasesHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: PurchaseHandlers,
  ) {}

  @Get()
  list(@ValidQuery(Http.purchaseReceiptsQuery) q: z.output<typeof Http.purchaseReceiptsQuery>) {
    return listForms(this.dataSource.manager, PurchaseReceipt, q, purchaseReceiptView);
  }

  @Get(':id')
  async one(@ValidParam('id', pathId) id: string) {
    const p = await this.dataSource.manager.findOneBy(PurchaseReceipt, { id });
    if (!p) throw new NotFoundProblem(`no purchase receipt ${id}`);
    return purchaseReceiptView(p);
  }

  @Post()
  raise(
    @ValidBody(Http.newPurchaseReceiptBody) body: z.output<typeof Http.newPurchaseReceiptBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.raise(body, staffOf(actor));
  }

  @Step(':id/inspection')
  inspect(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.inspectionBody) body: z.output<typeof Http.inspectionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.inspect(id, body, staffOf(actor));
  }

  @Step(':id/receipt')
  receive(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.purchaseReceiptBody) body: z.output<typeof Http.purchaseReceiptBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.receive(id, body, staffOf(actor));
  }

  @Step(':id/invoice')
  invoiced(
    @ValidParam('id', pathId) id: string,
    @ValidBody(Http.invoiceArrivalBody) body: z.output<typeof Http.invoiceArrivalBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handlers.invoiced(id, body, staffOf(actor));
  }
}
