import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { AccessModule } from './access/access.module';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { Branch } from './branches/branch.entity';
import { GatewayConfig, SERVICE } from './config';
import { seedGatewayDemoData } from './demo-data';
import { LiveModule } from './live/live.module';
import { DownstreamReadiness } from './meta/downstream-readiness';
import { MetaModule } from './meta/meta.module';
import { gatewayMigrations } from './migrations';
import { ProxyModule } from './proxy/proxy.module';
import { AppUser } from './users/app-user.entity';
import { ViewsModule } from './views/views.module';

/**
 * The gateway: who may do what (R41), the audit trail, staff administration, platform meta,
 * live escalations (SSE) and the routes it forwards to the services behind it.
 */
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
          // the gateway's own filter audits failures too (AccessModule)
          problemFilter: null,
          readinessReport: DownstreamReadiness,
        }),
        AuditModule,
        AccessModule,
        AuthModule,
        AdminModule,
        MetaModule,
        LiveModule.register(config),
        ProxyModule,
        ViewsModule,
      ],
    };
  }
}
