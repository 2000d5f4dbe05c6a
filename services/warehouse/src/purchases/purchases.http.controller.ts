import { Controller, Post } from '@nestjs/common';
import { CurrentActor, pathId, ValidBody, ValidParam, type Actor } from '@freight/platform';
import { WarehouseHttp as Http } from '@freight/contracts';
import type { z } from 'zod';
import { FormReads } from '../shared/form-reads';
import { staffOf } from '../shared/staff';
import { Step } from '../shared/step.decorator';
import { PurchaseReceipt, purchaseReceiptView } from './purchase-receipt.entity';
import { PurchaseHandlers } from './purchase.handlers';

/** R35 purchased materials. */
@Controller('purchase-receipts')
export class PurchasesHttpController extends FormReads(
  PurchaseReceipt,
  purchaseReceiptView,
  Http.purchaseReceiptsQuery,
  'purchase receipt',
) {
  constructor(private readonly handlers: PurchaseHandlers) {
    super();
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
