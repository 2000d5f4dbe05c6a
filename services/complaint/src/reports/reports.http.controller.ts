import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ComplaintHttp as Http } from '@freight/contracts';
import { attachment, chartPng, chartSvg, tableFile, type Column } from '@freight/documents';
import { ValidationProblem, ValidQuery } from '@freight/platform';
import { AGENT_DAY_COLUMNS, AgentDayQueries, agentDayLines } from './agent-day.queries';
import { ComplaintReportQueries } from './complaint-report.queries';
import { causeChart, REPORT_COLUMNS, reportLines } from './complaint-report.table';
import {
  SATISFACTION_COLUMNS,
  SatisfactionQueries,
  satisfactionLines,
} from './satisfaction.queries';

type Query<S extends z.ZodType> = z.output<S>;

/** R20, R23, R10 reports: JSON, or the file a manager opens (CSV, XLSX, SVG, PNG). */
@Controller('reports')
export class ReportsHttpController {
  constructor(
    private readonly complaints: ComplaintReportQueries,
    private readonly satisfaction: SatisfactionQueries,
    private readonly agentDays: AgentDayQueries,
  ) {}

  @Get('complaints')
  async complaintReport(
    @ValidQuery(Http.complaintReportQuery) query: Query<typeof Http.complaintReportQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.complaints.month(query.month, query.branch);
    if (query.format === 'json') return report;
    return file(
      reply,
      reportLines(report.items),
      REPORT_COLUMNS,
      query.format,
      `complaints-${query.branch ?? 'all'}-${query.month}`,
    );
  }

  /** R20: one branch's chart (a branch user's is theirs; HQ names the branch). */
  @Get('complaints/chart')
  async complaintChart(
    @ValidQuery(Http.complaintChartQuery) query: Query<typeof Http.complaintChartQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!query.branch)
      throw new ValidationProblem(
        [{ field: 'branch', message: 'a chart shows one branch: name it' }],
        'query',
      );
    const report = await this.complaints.month(query.month, query.branch);
    const spec = causeChart(query.month, report.items[0]);
    const name = `complaints-${query.branch}-${query.month}.${query.format}`;
    reply.header('content-disposition', attachment(name));
    if (query.format === 'png') {
      reply.type('image/png');
      return chartPng(spec);
    }
    reply.type('image/svg+xml');
    return Buffer.from(await chartSvg(spec));
  }

  @Get('satisfaction')
  async satisfactionReport(
    @ValidQuery(Http.satisfactionQuery) query: Query<typeof Http.satisfactionQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.satisfaction.month(query.month, query.branch);
    if (query.format === 'json') return report;
    return file(
      reply,
      satisfactionLines(report.items),
      SATISFACTION_COLUMNS,
      query.format,
      `satisfaction-${query.branch ?? 'all'}-${query.month}`,
    );
  }

  @Get('agent-day')
  async agentDay(
    @ValidQuery(Http.agentDayQuery) query: Query<typeof Http.agentDayQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.agentDays.day(query.date, query.branch);
    if (query.format === 'json') return report;
    return file(
      reply,
      agentDayLines(query.date, report.items),
      AGENT_DAY_COLUMNS,
      'csv',
      `agent-day-${query.branch ?? 'all'}-${query.date}`,
    );
  }
}

async function file<R>(
  reply: FastifyReply,
  rows: R[],
  columns: Column<R>[],
  format: 'csv' | 'xlsx',
  name: string,
) {
  const table = await tableFile(rows, columns, format, name);
  reply.type(table.contentType);
  reply.header('content-disposition', attachment(table.filename));
  return table.bytes;
}
