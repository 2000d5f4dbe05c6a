import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import type { Column } from '@freight/documents';
import { monthRange } from '../shared/calendar';
import { twoDecimals } from './report.numbers';

type Satisfaction = z.input<typeof ComplaintHttp.satisfactionView>['items'][number];

/** R23: the month's answered surveys, scored by branch, agent and customer. */
@Injectable()
export class SatisfactionQueries {
  constructor(private readonly dataSource: DataSource) {}

  async month(month: string, branch?: string): Promise<{ month: string; items: Satisfaction[] }> {
    const { from, to } = monthRange(month);
    const rows: {
      branch: string;
      agent: string | null;
      customer_id: string | null;
      n: number;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT branch, agent->>'username' AS agent, customer_id, count(*)::int AS n, sum(score)::int AS total
           FROM survey
          WHERE answered_at >= $1 AND answered_at < $2 AND ($3::text IS NULL OR branch = $3)
          GROUP BY branch, agent->>'username', customer_id`,
      [from, to, branch ?? null],
    );
    const group = (list: typeof rows) => {
      const answered = list.reduce((s, r) => s + r.n, 0);
      const total = list.reduce((s, r) => s + r.total, 0);
      return { answered, average: answered === 0 ? null : twoDecimals(total / answered) };
    };
    const by = <K extends string>(
      list: typeof rows,
      key: (r: (typeof rows)[number]) => string | null,
      name: K,
    ) => {
      const keys = [...new Set(list.map(key).filter((k): k is string => k !== null))].sort();
      return keys.map(
        (k) =>
          ({ [name]: k, ...group(list.filter((r) => key(r) === k)) }) as Record<K, string> &
            ReturnType<typeof group>,
      );
    };
    const branches = [
      ...new Set([...(branch ? [branch] : []), ...rows.map((r) => r.branch)]),
    ].sort();
    return {
      month,
      items: branches.map((b) => {
        const mine = rows.filter((r) => r.branch === b);
        return {
          branch: b,
          ...group(mine),
          byAgent: by(mine, (r) => r.agent, 'agent'),
          byCustomer: by(mine, (r) => r.customer_id, 'customerId'),
        };
      }),
    };
  }
}

export interface SatisfactionLine {
  branch: string;
  group: string;
  who: string;
  answered: number;
  average: number | string;
}

export const SATISFACTION_COLUMNS: Column<SatisfactionLine>[] = [
  { key: 'branch', header: '分公司 branch' },
  { key: 'group', header: '维度 by' },
  { key: 'who', header: '对象 who', width: 24 },
  { key: 'answered', header: '答卷 answers' },
  { key: 'average', header: '平均分 average' },
];

export const satisfactionLines = (items: Satisfaction[]): SatisfactionLine[] =>
  items.flatMap((s) => [
    {
      branch: s.branch,
      group: 'branch 分公司',
      who: s.branch,
      answered: s.answered,
      average: s.average ?? '',
    },
    ...s.byAgent.map((a) => ({
      branch: s.branch,
      group: 'agent 客服',
      who: a.agent,
      answered: a.answered,
      average: a.average ?? '',
    })),
    ...s.byCustomer.map((c) => ({
      branch: s.branch,
      group: 'customer 客户',
      who: c.customerId,
      answered: c.answered,
      average: c.average ?? '',
    })),
  ]);
