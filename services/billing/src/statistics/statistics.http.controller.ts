import { Controller, Get, Res } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { ValidQuery } from '@freight/platform';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { CONTENT_TYPES, fileReply } from '../shared/file-reply';
import { StatisticsQueries } from './statistics.queries';
import { statisticsFile, statisticsPdf } from './statistics-report';

type Query = z.output<typeof BillingHttp.statisticsQuery>;

/** R26: the month's operations statistics per branch and company — JSON, CSV/XLSX, a PDF report. */
@Controller('statistics/monthly')
export class StatisticsHttpController {
  constructor(private readonly statistics: StatisticsQueries) {}

  @Get()
  month(@ValidQuery(BillingHttp.statisticsQuery) query: Query) {
    return this.statistics.month(query.month, query.branch);
  }

  @Get('export')
  async export(
    @ValidQuery(BillingHttp.statisticsExportQuery)
    query: z.output<typeof BillingHttp.statisticsExportQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await statisticsFile(
      await this.statistics.month(query.month, query.branch),
      query.format,
    );
    return fileReply(reply, CONTENT_TYPES[query.format], file.filename, file.bytes);
  }

  @Get('report.pdf')
  async report(
    @ValidQuery(BillingHttp.statisticsQuery) query: Query,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const [view, trend] = await Promise.all([
      this.statistics.month(query.month, query.branch),
      this.statistics.trend(query.month, 6, query.branch),
    ]);
    return fileReply(
      reply,
      CONTENT_TYPES.pdf,
      `operations-${query.month}.pdf`,
      await statisticsPdf(view, trend),
    );
  }
}
