import { pageSchema } from '@freight/contracts';
import { Page, ZodValidation } from '@freight/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access.decorator';
import { ApiZodOk, ApiZodQuery } from '../http/openapi-schema';
import { AuditQuery, auditQuery, AuditRecordView, auditRecordView } from './audit.query';

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly records: AuditQuery) {}

  /** R41: the trail is read by administrators and headquarters; nobody can change it. */
  @Get()
  @Allow(['admin', 'hq-service', 'general-manager'], 'company')
  @ApiOperation({ summary: 'The audit trail: every change and every denied request, newest first' })
  @ApiZodQuery(auditQuery)
  @ApiZodOk(pageSchema(auditRecordView))
  list(
    @Query(new ZodValidation(auditQuery, 'query')) query: z.output<typeof auditQuery>,
  ): Promise<Page<AuditRecordView>> {
    return this.records.list(query);
  }
}
