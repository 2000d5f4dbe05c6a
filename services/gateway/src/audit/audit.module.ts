import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.http.controller';
import { AuditQuery } from './audit.query';
import { AuditTrail } from './audit-trail';

/** The audit trail: written by the gateway's filter and interceptor, read at GET /api/v1/audit. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditTrail, AuditQuery],
  exports: [AuditTrail],
})
export class AuditModule {}
