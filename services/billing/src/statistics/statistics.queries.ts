import { Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { nextMonth, periodDate } from '../shared/month.rules';
import { rowsOf } from '../shared/sql';
import { BranchCounts, companyOf, figuresOf } from './statistics.rules';

export type StatisticsView = z.output<typeof BillingHttp.statisticsView>;

/**
 * R26 from the other services' events: shipments (order.*), deliveries and exceptions
 * (tracking.*), complaints and surveys (complaint.*), counted per branch in three aggregates.
 */
@Injectable()
export class StatisticsQueries {
  constructor(private readonly dataSource: DataSource) {}

  async counts(month: string, branch?: string): Promise<BranchCounts[]> {
    const params = [periodDate(month), branch ?? null];
    const [shipments, complaints, surveys] = await Promise.all([
      rowsOf<Record<string, string>>(
        this.dataSource,
        `SELECT branch, count(*) AS shipments, COALESCE(sum(pieces), 0) AS pieces,
                COALESCE(sum(weight_kg), 0) AS weight, COALESCE(sum(net_minor), 0) AS revenue,
                count(delivered_at) AS delivered,
                count(*) FILTER (WHERE delivered_at IS NOT NULL AND on_time) AS on_time,
                count(*) FILTER (WHERE exception_count > 0) AS with_exception
           FROM shipment
          WHERE service_month = $1 AND placed_at IS NOT NULL AND cancelled_at IS NULL
            AND ($2::text IS NULL OR branch = $2)
          GROUP BY branch`,
        params,
      ),
      rowsOf<Record<string, string>>(
        this.dataSource,
        `SELECT branch, count(*) AS complaints FROM complaint_fact
          WHERE month = $1 AND ($2::text IS NULL OR branch = $2) GROUP BY branch`,
        params,
      ),
      rowsOf<Record<string, string>>(
        this.dataSource,
        `SELECT branch, count(*) AS surveys, sum(score) AS score_sum FROM survey_fact
          WHERE month = $1 AND ($2::text IS NULL OR branch = $2) GROUP BY branch`,
        params,
      ),
    ]);
    const branches = [...new Set([...shipments, ...complaints, ...surveys].map((r) => r.branch))];
    const find = (rows: Record<string, string>[], b: string) => rows.find((r) => r.branch === b);
    return branches.sort().map((b) => {
      const s = find(shipments, b);
      const c = find(complaints, b);
      const v = find(surveys, b);
      return {
        branch: b,
        shipments: Number(s?.shipments ?? 0),
        pieces: Number(s?.pieces ?? 0),
        weightKg: Number(s?.weight ?? 0),
        revenueMinor: Number(s?.revenue ?? 0),
        delivered: Number(s?.delivered ?? 0),
        deliveredOnTime: Number(s?.on_time ?? 0),
        withException: Number(s?.with_exception ?? 0),
        complaints: Number(c?.complaints ?? 0),
        surveys: Number(v?.surveys ?? 0),
        scoreSum: Number(v?.score_sum ?? 0),
      };
    });
  }

  async month(month: string, branch?: string): Promise<StatisticsView> {
    const counts = await this.counts(month, branch);
    return {
      month,
      items: counts.map(({ branch: b, ...c }) => ({ branch: b, ...figuresOf(c) })),
      company: branch ? null : companyOf(counts),
    };
  }

  /** The months up to `month`, oldest first: the report's trend lines. */
  async trend(month: string, months: number, branch?: string) {
    const list = Array.from({ length: months }, (_, i) => nextMonth(month, i - months + 1));
    return Promise.all(
      list.map(async (m) => ({ month: m, figures: companyOf(await this.counts(m, branch)) })),
    );
  }
}
