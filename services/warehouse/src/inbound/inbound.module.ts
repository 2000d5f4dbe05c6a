import { Module } from '@nestjs/common';
import { InboundSlipHandlers } from './inbound.handlers';
import { InboundHttpController } from './inbound.http.controller';

/** R27 finished goods inbound. */
@Module({ controllers: [InboundHttpController], providers: [InboundSlipHandlers] })
export class InboundModule {}
