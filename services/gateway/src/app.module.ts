import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { Branch } from './branches/branch.entity';
import { GatewayConfig, SERVICE } from './config';
import { seedGatewayDemoData } from './demo-data';
import { MetaModule } from './meta/meta.module';
import { gatewayMigrations } from './migrations';
import { AppUser } from './users/app-user.entity';

/** The gateway: branches and staff (R41), platform meta; auth and the API to the services follow. */
@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [Branch, AppUser],
          migrations: gatewayMigrations,
          seedDemoData: seedGatewayDemoData,
        }),
        MetaModule,
      ],
    };
  }
}
