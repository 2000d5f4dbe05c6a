import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Allow } from '../access/access.decorator';
import type { FastifyReply } from 'fastify';
import { DownstreamReadiness } from './downstream-readiness';
import { ServicesReport } from './service-readiness.dto';

@ApiTags('meta')
@Controller('api/v1/meta')
export class MetaController {
  constructor(private readonly downstream: DownstreamReadiness) {}

  @Get('services')
  @Allow(['admin', 'hq-service', 'general-manager'], 'company')
  @ApiOperation({
    summary: 'Readiness of every service behind the gateway (for operators and the start-up check)',
  })
  @ApiOkResponse({ type: ServicesReport, description: 'all services ready' })
  @ApiServiceUnavailableResponse({
    type: ServicesReport,
    description: 'at least one service is not ready',
  })
  async services(@Res({ passthrough: true }) reply: FastifyReply): Promise<ServicesReport> {
    const report = await this.downstream.servicesReport();
    // A report, not an error: the 503 tells probes, the body tells operators which service.
    if (!report.ready) reply.status(503);
    return report;
  }
}
