import { Controller, Get, Res } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { attachment, Column, tableFile } from '@freight/documents';
import { ValidQuery } from '@freight/platform';
import type { FastifyReply } from 'fastify';
import {
  DailyVolumeQueries,
  DailyVolumeQuery,
  DailyVolumeRow,
  totalsOf,
} from './daily-volume.queries';

type SheetRow = Omit<DailyVolumeRow, 'revenue'> & { revenueYuan: number };

const COLUMNS: Record<DailyVolumeQuery['groupBy'], Column<SheetRow>[]> = (() => {
  const head: Column<SheetRow>[] = [
    { key: 'date', header: '日期 date', width: 12 },
    { key: 'branch', header: '网点 branch', width: 10 },
  ];
  const figures: Column<SheetRow>[] = [
    { key: 'shipments', header: '票数 shipments', numFmt: '#,##0' },
    { key: 'pieces', header: '件数 pieces', numFmt: '#,##0' },
    { key: 'weightKg', header: '重量 kg', numFmt: '#,##0.0' },
    { key: 'volumeM3', header: '体积 m³', numFmt: '#,##0.00' },
    { key: 'revenueYuan', header: '收入 (元, 不含税) revenue', numFmt: '#,##0.00', width: 22 },
  ];
  return {
    branch: [...head, ...figures],
    customer: [
      ...head,
      { key: 'customerId', header: '客户编号 customer', width: 14 },
      { key: 'company', header: '客户 company', width: 30 },
      ...figures,
    ],
    lane: [...head, { key: 'lane', header: '线路 lane', width: 10 }, ...figures],
  };
})();

/** R7 over the internal API: the daily volume report as JSON, CSV (Excel-ready) or XLSX. */
@Controller('reports')
export class DailyVolumeHttpController {
  constructor(private readonly queries: DailyVolumeQueries) {}

  @Get('daily-volume')
  async json(@ValidQuery(OrderHttp.dailyVolumeQuery) query: DailyVolumeQuery) {
    const items = await this.queries.rows(query);
    return {
      from: query.from,
      to: query.to,
      groupBy: query.groupBy,
      items,
      totals: totalsOf(items),
    };
  }

  @Get('daily-volume.csv')
  csv(
    @ValidQuery(OrderHttp.dailyVolumeQuery) query: DailyVolumeQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.file(query, 'csv', reply);
  }

  @Get('daily-volume.xlsx')
  xlsx(
    @ValidQuery(OrderHttp.dailyVolumeQuery) query: DailyVolumeQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.file(query, 'xlsx', reply);
  }

  private async file(
    query: DailyVolumeQuery,
    format: 'csv' | 'xlsx',
    reply: FastifyReply,
  ): Promise<Buffer> {
    const rows = (await this.queries.rows(query)).map(({ revenue, ...r }) => ({
      ...r,
      revenueYuan: revenue.amountMinor / 100,
    }));
    const file = await tableFile(
      rows,
      COLUMNS[query.groupBy],
      format,
      `daily-volume-${query.from}-${query.to}`,
    );
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', attachment(file.filename));
    return file.bytes;
  }
}
