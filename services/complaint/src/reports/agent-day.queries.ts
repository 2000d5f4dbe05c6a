import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import type { Column } from '@freight/documents';
import { dayRange } from '../shared/calendar';

type AgentDay = z.input<typeof ComplaintHttp.agentDayView>['items'][number];

/**
 * R10: each agent's day for the department manager — calls from the log, inquiries, quotes and
 * orders from the order service's events, complaints registered, replied to or resolved.
 */
@Injectable()
export class AgentDayQueries {
  constructor(private readonly dataSource: DataSource) {}

  async day(date: string, branch?: string): Promise<{ date: string; items: AgentDay[] }> {
    const { from, to } = dayRange(date);
    const args = [from, to, branch ?? null];
    const [calls, activity, complaints]: Record<string, never>[][] = await Promise.all([
      this.dataSource.query(
        `SELECT branch, agent, kind, count(*)::int AS n FROM call
          WHERE started_at >= $1 AND started_at < $2 AND ($3::text IS NULL OR branch = $3)
          GROUP BY branch, agent, kind ORDER BY kind`,
        args,
      ),
      this.dataSource.query(
        `SELECT branch, agent, kind, count(*)::int AS n FROM agent_activity
          WHERE at >= $1 AND at < $2 AND ($3::text IS NULL OR branch = $3)
          GROUP BY branch, agent, kind`,
        args,
      ),
      this.dataSource.query(
        `SELECT c.branch, s.by_user->>'username' AS agent, count(DISTINCT s.complaint_id)::int AS n
           FROM complaint_step s JOIN complaint c ON c.id = s.complaint_id
          WHERE s.at >= $1 AND s.at < $2 AND ($3::text IS NULL OR c.branch = $3)
            AND s.kind IN ('registered', 'reply', 'resolved', 'note', 'reopened') AND s.by_user IS NOT NULL
          GROUP BY c.branch, s.by_user->>'username'`,
        args,
      ),
    ]);
    const days = new Map<string, AgentDay>();
    const dayOf = (b: string, agent: string) => {
      const key = `${b}\u0000${agent}`;
      const found = days.get(key) ?? {
        branch: b,
        agent,
        calls: 0,
        callsByKind: {},
        inquiries: 0,
        quotes: 0,
        orders: 0,
        complaints: 0,
      };
      days.set(key, found);
      return found;
    };
    for (const r of calls) {
      const d = dayOf(r.branch, r.agent);
      d.calls += r.n;
      d.callsByKind[r.kind] = r.n;
    }
    for (const r of activity) {
      const d = dayOf(r.branch, r.agent);
      if (r.kind === 'inquiry') d.inquiries += r.n;
      if (r.kind === 'quote') d.quotes += r.n;
      if (r.kind === 'order') d.orders += r.n;
    }
    for (const r of complaints) dayOf(r.branch, r.agent).complaints += r.n;
    const items = [...days.values()].sort(
      (a, b) => a.branch.localeCompare(b.branch) || a.agent.localeCompare(b.agent),
    );
    return { date, items };
  }
}

type AgentDayLine = Omit<AgentDay, 'callsByKind'> & { date: string; callsByKind: string };

export const AGENT_DAY_COLUMNS: Column<AgentDayLine>[] = [
  { key: 'date', header: '日期 date' },
  { key: 'branch', header: '分公司 branch' },
  { key: 'agent', header: '客服 agent' },
  { key: 'calls', header: '来电 calls' },
  { key: 'callsByKind', header: '来电分类 calls by kind', width: 40 },
  { key: 'inquiries', header: '询价 inquiries' },
  { key: 'quotes', header: '报价 quotes' },
  { key: 'orders', header: '下单 orders' },
  { key: 'complaints', header: '投诉 complaints' },
];

export const agentDayLines = (date: string, items: AgentDay[]): AgentDayLine[] =>
  items.map((d) => ({
    ...d,
    date,
    callsByKind: Object.entries(d.callsByKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  }));
