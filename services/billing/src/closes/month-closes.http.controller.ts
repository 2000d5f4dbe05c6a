import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { CurrentActor, Actor, ValidBody, ValidQuery } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { iso, rowsOf } from '../shared/sql';
import { StartMonthCloseHandler } from './start-month-close.handler';

type CloseView = z.output<typeof BillingHttp.monthCloseView>;

/** R24: the month-end closes of each branch, and a close started by hand. */
@Controller('month-closes')
export class MonthClosesHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly start: StartMonthCloseHandler,
  ) {}

  @Get()
  async list(
    @ValidQuery(BillingHttp.monthClosesQuery) query: z.output<typeof BillingHttp.monthClosesQuery>,
  ) {
    const rows = await rowsOf<{
      branch: string;
      month: string;
      status: CloseView['status'];
      statements: number;
      started_at: Date | null;
      finished_at: Date | null;
    }>(
      this.dataSource,
      `SELECT branch, to_char(period, 'YYYY-MM') AS month, status, statements, started_at,
              finished_at
         FROM month_close
        WHERE ($1::text IS NULL OR branch = $1) AND ($2::date IS NULL OR period = $2)
        ORDER BY period DESC, branch LIMIT 200`,
      [query.branch ?? null, query.period ? `${query.period}-01` : null],
    );
    return {
      items: rows.map((r): CloseView => ({
        branch: r.branch,
        period: r.month,
        status: r.status,
        statements: r.statements,
        startedAt: iso(r.started_at),
        finishedAt: iso(r.finished_at),
      })),
    };
  }

  /** Starts a branch's close of an ended month now (the scheduler's deadline does it otherwise). */
  @Post()
  @HttpCode(202)
  async begin(
    @ValidBody(BillingHttp.monthCloseBody) body: z.output<typeof BillingHttp.monthCloseBody>,
    @CurrentActor() _actor: Actor,
  ) {
    await this.start.start(body.branch, body.month);
    const { items } = await this.list({ branch: body.branch, period: body.month });
    return items[0];
  }
}
