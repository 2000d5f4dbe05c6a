import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import type { GatewayConfig } from '../config';
import { liveEscalationsEvents } from './live-escalations.events';
import { LiveController } from './live.http.controller';
import { LiveHub } from './live-hub';

/** Live escalations over Server-Sent Events (decision 0021). */
@Module({})
export class LiveModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: LiveModule,
      imports: [AuthModule],
      controllers: [LiveController],
      providers: [LiveHub, liveEscalationsEvents(config)],
      exports: [LiveHub],
    };
  }
}
