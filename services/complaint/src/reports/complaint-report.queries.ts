import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import { CURRENCY } from '../fines/fine.rules';
import { monthRange } from '../shared/calendar';
import { share, oneDecimal, twoDecimals } from './report.numbers';

type BranchReport = z.input<typeof ComplaintHttp.branchComplaintReport>;
type Row = Record<string, unknown> & { branch: string };

/** `[median, p90]` of a percentile_cont array (null: nothing measured). */
const percentiles = (value: unknown): [unknown, unknown] =>
  Array.isArray(value) ? [value[0], value[1]] : [null, null];

/**
 * R20: each branch's month for the general manager, as SQL aggregates over the month's rows
 * (medians and p90 by percentile_cont, in Postgres: a month of a big branch never comes into
 * memory). Complaints are those registered in the month (Asia/Shanghai); their escalations,
 * replies and resolutions count with them, whenever they happened.
 */
@Injectable()
export class ComplaintReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async month(month: string, branch?: string): Promise<{ month: string; items: BranchReport[] }> {
    const { from, to } = monthRange(month);
    const args = [from, to, branch ?? null];
    const q = (sql: string, params: unknown[] = args) =>
      this.dataSource.query(sql, params) as Promise<Row[]>;
    const [totals, causes, escalations, repeats, calls, fines, scores] = await Promise.all([
      q(`SELECT branch, count(*)::int AS total,
                count(*) FILTER (WHERE solved_on_call)::int AS solved_on_call,
                count(*) FILTER (WHERE important)::int AS important,
                count(*) FILTER (WHERE state = 'closed')::int AS closed,
                count(*) FILTER (WHERE solved_on_call OR replied_within)::int AS within,
                -- one sort per measure gives both its median and its p90
                percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM first_replied_at - registered_at) / 60)
                  FILTER (WHERE NOT solved_on_call AND first_replied_at IS NOT NULL) AS reply,
                percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - registered_at) / 60)
                  FILTER (WHERE state = 'closed') AS resolution
           FROM complaint
          WHERE registered_at >= $1 AND registered_at < $2 AND ($3::text IS NULL OR branch = $3)
          GROUP BY branch`),
      q(`SELECT c.branch, c.cause, k.label, count(*)::int AS n
           FROM complaint c JOIN complaint_cause k ON k.code = c.cause
          WHERE c.registered_at >= $1 AND c.registered_at < $2 AND ($3::text IS NULL OR c.branch = $3)
          GROUP BY c.branch, c.cause, k.label ORDER BY n DESC, c.cause`),
      q(`SELECT c.branch, e.level, e.role, count(*)::int AS n
           FROM complaint_escalation e JOIN complaint c ON c.id = e.complaint_id
          WHERE c.registered_at >= $1 AND c.registered_at < $2 AND ($3::text IS NULL OR c.branch = $3)
          GROUP BY c.branch, e.level, e.role ORDER BY e.level`),
      q(`SELECT branch, customer_id, CASE WHEN customer_id IS NULL THEN min(caller_phone) END AS phone,
                count(*)::int AS n
           FROM complaint
          WHERE registered_at >= $1 AND registered_at < $2 AND ($3::text IS NULL OR branch = $3)
            AND (customer_id IS NOT NULL OR phone_digits IS NOT NULL)
          GROUP BY branch, customer_id, CASE WHEN customer_id IS NULL THEN phone_digits END
         HAVING count(*) >= 2 ORDER BY n DESC, customer_id`),
      q(`SELECT branch, count(*)::int AS total,
                count(*) FILTER (WHERE answer_state = 'answered-on-call' OR answered_at <= answer_due_at)::int AS within,
                count(*) FILTER (WHERE answer_state = 'awaiting')::int AS awaiting
           FROM call
          WHERE started_at >= $1 AND started_at < $2 AND ($3::text IS NULL OR branch = $3)
          GROUP BY branch`),
      q(
        `SELECT branch, COALESCE(sum(assessed_minor) FILTER (WHERE state = 'issued'), 0)::int AS amount,
                count(*) FILTER (WHERE state IN ('issued', 'waived'))::int AS lines,
                count(*) FILTER (WHERE state = 'waived')::int AS waived
           FROM fine_line WHERE month = $1 AND ($2::text IS NULL OR branch = $2) GROUP BY branch`,
        [month, branch ?? null],
      ),
      q(`SELECT branch, count(*)::int AS answered, avg(score)::float AS average
           FROM survey
          WHERE answered_at >= $1 AND answered_at < $2 AND ($3::text IS NULL OR branch = $3)
          GROUP BY branch`),
    ]);
    const branches = new Set<string>(branch ? [branch] : []);
    for (const rows of [totals, causes, escalations, repeats, calls, fines, scores])
      for (const row of rows) branches.add(row.branch);
    const of = (rows: Row[], b: string) => rows.filter((r) => r.branch === b);
    const items = [...branches].sort().map((b): BranchReport => {
      const t = of(totals, b)[0] ?? {};
      const total = Number(t.total ?? 0);
      const call = of(calls, b)[0] ?? {};
      const fine = of(fines, b)[0] ?? {};
      const score = of(scores, b)[0] ?? {};
      return {
        branch: b,
        complaints: {
          total,
          solvedOnCall: Number(t.solved_on_call ?? 0),
          important: Number(t.important ?? 0),
          closed: Number(t.closed ?? 0),
          open: total - Number(t.closed ?? 0),
        },
        byCause: of(causes, b).map((r) => ({
          cause: String(r.cause),
          label: String(r.label),
          count: Number(r.n),
        })),
        firstReply: {
          medianMinutes: oneDecimal(percentiles(t.reply)[0]),
          p90Minutes: oneDecimal(percentiles(t.reply)[1]),
          withinDeadline: Number(t.within ?? 0),
          withinDeadlineShare: share(Number(t.within ?? 0), total),
        },
        resolution: {
          medianMinutes: oneDecimal(percentiles(t.resolution)[0]),
          p90Minutes: oneDecimal(percentiles(t.resolution)[1]),
        },
        escalations: of(escalations, b).map((r) => ({
          level: Number(r.level),
          role: String(r.role),
          count: Number(r.n),
        })),
        repeatComplainants: of(repeats, b).map((r) => ({
          customerId: (r.customer_id as string | null) ?? null,
          phone: (r.phone as string | null) ?? null,
          count: Number(r.n),
        })),
        calls: {
          total: Number(call.total ?? 0),
          answeredWithinDeadline: Number(call.within ?? 0),
          awaiting: Number(call.awaiting ?? 0),
        },
        fines: {
          amount: { amountMinor: Number(fine.amount ?? 0), currency: CURRENCY },
          lines: Number(fine.lines ?? 0),
          waived: Number(fine.waived ?? 0),
        },
        satisfaction: {
          answered: Number(score.answered ?? 0),
          average: twoDecimals(score.average),
        },
      };
    });
    return { month, items };
  }
}
