import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditInterceptor } from '../audit/audit.interceptor';
import { AuthModule } from '../auth/auth.module';
import { ProblemFilter } from '../http/problem.filter';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency.store';
import { AccessGuard } from './access.guard';

/**
 * What wraps every route: the access guard (R41), idempotent replays (outermost, so a replay
 * is not audited as a second change), the audit of changes, and problem+json errors.
 */
@Module({
  imports: [AuthModule],
  providers: [
    IdempotencyStore,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class AccessModule {}
