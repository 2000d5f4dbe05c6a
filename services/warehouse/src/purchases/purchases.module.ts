import { Module } from '@nestjs/common';
import { PurchaseHandlers } from './purchase.handlers';
import { PurchasesHttpController } from './purchases.http.controller';

/** R35 purchased materials. */
@Module({ controllers: [PurchasesHttpController], providers: [PurchaseHandlers] })
export class PurchasesModule {}
