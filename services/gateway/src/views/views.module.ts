import { Module } from '@nestjs/common';
import { ProxyModule } from '../proxy/proxy.module';
import { WaybillViewComposer } from './waybill-view.composer';
import { WaybillViewController } from './waybill-view.http.controller';

/** Views the gateway composes from several services (architecture.md, Gateway). */
@Module({
  imports: [ProxyModule],
  controllers: [WaybillViewController],
  providers: [WaybillViewComposer],
})
export class ViewsModule {}
