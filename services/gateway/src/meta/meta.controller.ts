import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { DownstreamReadiness } from './downstream-readiness';
import { ServicesReport } from './service-readiness.dto';

@ApiTags('meta')
@Controller('api/v1/meta')
export class MetaController {
  constructor(private readonly downstream: DownstreamReadiness) {}

  @Get('services')
  @ApiOperation({
    summary: 'Readiness of every service behind the gateway (for operators and the start-up check)',
  })
  @ApiOkResponse({ type: ServicesReport, description: 'all services ready' })
  @ApiServiceUnavailableResponse({
    type: ServicesReport,
    description: 'at least one service is not ready',
  })
  async services(): Promise<ServicesReport> {
    const report = await this.downstream.report();
    if (!report.ready) throw new ServiceUnavailableException(report);
    return report;
  }
}
