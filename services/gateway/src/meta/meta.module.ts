import { Module } from '@nestjs/common';
import { DownstreamReadiness } from './downstream-readiness';
import { MetaController } from './meta.http.controller';

/** Facts about the platform itself, as the gateway sees it. */
@Module({ controllers: [MetaController], providers: [DownstreamReadiness] })
export class MetaModule {}
