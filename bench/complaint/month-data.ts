import type { Client } from 'pg';

// A big month for R20/R21: `calls` calls and `complaints` complaints of three branches in March
// 2026 (Shanghai), written straight into the complaint service's tables with generate_series —
// replies after 5–185 minutes, a fifth escalated once, a twentieth three times, 2 % with staff at
// fault among 300 people — and the one SQL aggregate the report is compared with.

export const MONTH = '2026-03';
const FROM = '2026-02-28T16:00:00Z'; // 1 March 00:00 in Shanghai

/** Rows per statement: short statements, so a busy shared server never holds one for minutes. */
const CHUNK = 50_000;

async function inChunks(total: number, insert: (from: number, to: number) => Promise<unknown>) {
  for (let from = 1; from <= total; from += CHUNK)
    await insert(from, Math.min(total, from + CHUNK - 1));
}

export async function loadMonth(db: Client, calls: number, complaints: number): Promise<void> {
  await inChunks(calls, (first, last) =>
    db.query(
      `INSERT INTO call (id, branch, kind, agent_id, agent, agent_role, caller_name, caller_phone, phone_digits, summary,
       important, passed_to_manager, started_at, answer_state, answer_due_at, answered_at, assignee_role, assignee, level)
     SELECT gen_random_uuid(), (ARRAY['SH01','GZ01','WH01'])[1 + i % 3],
            (ARRAY['inquiry','cargo-lookup','complaint','internal','other'])[1 + i % 5],
            'u-' || (i % 60), 'agent' || (i % 60), 'agent', 'caller', '1380000' || lpad((i % 5000)::text, 4, '0'),
            '1380000' || lpad((i % 5000)::text, 4, '0'), 'bench', false, false,
            $2::timestamptz + (i % 2678400) * interval '1 second',
            CASE WHEN i % 4 = 0 THEN 'answered' ELSE 'answered-on-call' END,
            CASE WHEN i % 4 = 0 THEN $2::timestamptz + (i % 2678400) * interval '1 second' + interval '5 minutes' END,
            CASE WHEN i % 4 = 0 THEN $2::timestamptz + (i % 2678400) * interval '1 second' + (i % 9) * interval '1 minute' END,
            'agent', 'agent' || (i % 60), 0
       FROM generate_series($1::int, $3::int) AS i`,
      [first, FROM, last],
    ),
  );
  await inChunks(complaints, (first, last) =>
    db.query(
      `INSERT INTO complaint (id, branch, caller_name, caller_phone, phone_digits, customer_id, cause, description, customer_request,
       important, solved_on_call, state, round, registered_at, registered_by, reply_due_at, round_started_at, first_replied_at,
       replied_within, closed_at, assignee_role, assignee, level, ladder, staff_at_fault, accountable_manager)
     SELECT 'CMP-B-' || i, (ARRAY['SH01','GZ01','WH01'])[1 + i % 3], 'caller', '1390000' || lpad((i % 7000)::text, 4, '0'),
            '1390000' || lpad((i % 7000)::text, 4, '0'), 'CUST-' || (i % 7000),
            (ARRAY['late-delivery','damage','shortage','wrong-delivery','staff-attitude','billing-error'])[1 + i % 6],
            'bench', 'bench', i % 50 = 0, i % 7 = 0, CASE WHEN i % 10 = 0 THEN 'replied' ELSE 'closed' END, 1,
            r.at, '{"userId":"u-1","username":"agent","role":"agent"}', r.at + interval '1 hour', r.at,
            CASE WHEN i % 7 = 0 THEN r.at ELSE r.at + (5 + i % 180) * interval '1 minute' END,
            i % 7 = 0 OR 5 + i % 180 <= 60,
            CASE WHEN i % 10 = 0 THEN NULL ELSE r.at + (30 + i % 2000) * interval '1 minute' END,
            'agent', 'agent', 0, '[]',
            CASE WHEN i % 50 = 1 THEN jsonb_build_array(jsonb_build_object('username', 'staff' || (i % 300), 'name', NULL)) ELSE '[]'::jsonb END,
            CASE WHEN i % 50 = 1 THEN 'manager-' || (i % 3) END
       FROM generate_series($1::int, $3::int) AS i,
            LATERAL (SELECT $2::timestamptz + (i * 26) % 2678400 * interval '1 second' AS at) r`,
      [first, FROM, last],
    ),
  );
  await db.query(
    `INSERT INTO complaint_escalation (complaint_id, round, level, role, assignee, raised_at, branch)
     SELECT c.id, 1, l.level, (ARRAY['agent','branch-manager','hq-service'])[l.level], NULL,
            c.registered_at + l.level * interval '1 hour', c.branch
       FROM complaint c
       JOIN LATERAL generate_series(1, CASE WHEN substr(c.id, 7)::int % 20 = 3 THEN 3 WHEN substr(c.id, 7)::int % 5 = 3 THEN 1 ELSE 0 END) AS l(level) ON true
      WHERE c.id LIKE 'CMP-B-%'`,
  );
  await db.query('ANALYZE call; ANALYZE complaint; ANALYZE complaint_escalation');
}

/** One SQL aggregate over the same rows: the month's complaints and calls per branch. */
export const ONE_AGGREGATE = `
  WITH complaints AS (
    SELECT branch, count(*) AS total, count(*) FILTER (WHERE replied_within OR solved_on_call) AS within,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY first_replied_at - registered_at) AS reply_median
      FROM complaint WHERE registered_at >= $1 AND registered_at < $2 GROUP BY branch),
  calls AS (SELECT branch, count(*) AS total FROM call WHERE started_at >= $1 AND started_at < $2 GROUP BY branch)
  SELECT * FROM complaints JOIN calls USING (branch)`;
export const MONTH_RANGE = [FROM, '2026-03-31T16:00:00Z'];
