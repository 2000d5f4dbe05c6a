import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { AuditedProblemFilter } from '../http/audited-problem.filter';
import { IdempotencyStore } from '../idempotency/idempotency.store';
import { AccessGuard } from './access.guard';

/**
 * What wraps every route: the access guard (R41) and problem+json errors. Change routes add the
 * idempotent replay and the audit through their decorators (http/change-routes.ts); the store
 * those use is exported from here to every controller's module.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    IdempotencyStore,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: AuditedProblemFilter },
  ],
  exports: [IdempotencyStore],
})
export class AccessModule {}
