import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { percentile } from '../lib';

// 100 agents at once, each recording calls (one in four not answered on the line: a clock is
// armed) and every fifth time a complaint — through the gateway, and as the bare Postgres
// transactions the same use cases need (what LogCallHandler and RegisterComplaintHandler write).

export interface LoadResult {
  operations: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

const PHONES = ['13800001001', '13800001002', '13900002001', '13700003001'];

/** The `i`th thing an agent does: a call, or (every fifth) a complaint. */
export function deskWork(i: number, now: Date) {
  const phone = PHONES[i % PHONES.length];
  if (i % 5 === 4)
    return {
      path: '/api/v1/complaints',
      body: {
        caller: { name: '李伟', phone },
        cause: 'late-delivery',
        description: 'Late again',
        customerRequest: 'Deliver',
        solvedOnCall: false,
      },
    };
  return {
    path: '/api/v1/calls',
    body: {
      kind: 'inquiry',
      caller: { name: '李伟', phone },
      summary: 'Rates to Wuhan',
      startedAt: now.toISOString(),
      answeredOnCall: i % 4 !== 0,
    },
  };
}

async function run(
  agents: number,
  seconds: number,
  once: (agent: number, i: number) => Promise<boolean>,
  thinkMs = 0,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: agents }, async (_, agent) => {
      for (let i = 0; performance.now() < until; i++) {
        const t = performance.now();
        const ok = await once(agent, i).catch(() => false);
        latencies.push(performance.now() - t);
        if (!ok) failures++;
        // an agent between two calls: talking, typing (0: back to back, the saturation rate)
        if (thinkMs > 0)
          await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    operations: latencies.length,
    seconds: elapsed,
    perSecond: Math.round(latencies.length / elapsed),
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    failures,
  };
}

/** Through the gateway, signed in as the demo agent; `thinkMs` between an agent's requests. */
export function gatewayLoad(
  gatewayUrl: string,
  token: string,
  agents: number,
  seconds: number,
  thinkMs = 0,
) {
  return run(
    agents,
    seconds,
    async (agent, i) => {
      const work = deskWork(agent * 100_000 + i, new Date());
      const res = await fetch(`${gatewayUrl}${work.path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(work.body),
      });
      await res.arrayBuffer();
      return res.status === 201;
    },
    thinkMs,
  );
}

const outbox = (type: string, key: string, data: unknown) => ({
  event_id: randomUUID(),
  topic: 'bench.complaint.events',
  key,
  envelope: {
    specversion: '1.0',
    id: randomUUID(),
    type,
    source: '/freight/complaint',
    subject: key,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataversion: '1',
    data,
  },
  headers: {},
});

/** The same work as bare transactions on the service's own tables (pool of 10, as the service). */
export async function bareLoad(databaseUrl: string, agents: number, seconds: number) {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  try {
    return await run(agents, seconds, async (agent, i) => {
      const work = deskWork(agent * 100_000 + i, new Date());
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT * FROM desk WHERE branch = $1', ['SH01']);
        await client.query(
          'SELECT customer_id FROM known_customer WHERE phones @> ARRAY[$1]::text[] LIMIT 1',
          [work.body.caller.phone],
        );
        const events = [];
        if (work.path === '/api/v1/calls') {
          const id = randomUUID();
          const waits = !(work.body as { answeredOnCall: boolean }).answeredOnCall;
          await client.query(
            `INSERT INTO call (id, branch, kind, agent_id, agent, agent_role, caller_name, caller_phone, phone_digits, summary, important,
               passed_to_manager, started_at, answer_state, answer_due_at, assignee_role, assignee, level)
             VALUES ($1, 'SH01', 'inquiry', 'u-1', 'agent', 'agent', '李伟', $2, $2, 'Rates', false, false, now(), $3, $4, 'agent', 'agent', 0)`,
            [
              id,
              work.body.caller.phone,
              waits ? 'awaiting' : 'answered-on-call',
              waits ? new Date(Date.now() + 300_000) : null,
            ],
          );
          events.push(outbox('complaint.call.logged', id, { callId: id }));
          if (waits)
            events.push(
              outbox('scheduler.deadline.arm', `call:${id}`, { deadlineId: `call:${id}:answer` }),
            );
        } else {
          await client.query(
            "SELECT 1 FROM complaint_cause WHERE code = 'late-delivery' AND active",
          );
          const [{ n }] = (await client.query("SELECT nextval('complaint_number_seq')::int AS n"))
            .rows;
          const id = `CMP-SH01-${String(n).padStart(6, '0')}`;
          await client.query(
            `INSERT INTO complaint (id, branch, caller_name, caller_phone, phone_digits, cause, description, customer_request, important,
               solved_on_call, state, round, registered_at, registered_by, reply_due_at, round_started_at, assignee_role, assignee, level, ladder)
             VALUES ($1, 'SH01', '李伟', $2, $2, 'late-delivery', 'Late again', 'Deliver', false, false, 'open', 1, now(), '{}', now() + interval '1 hour', now(), 'agent', 'agent', 0, '[]')`,
            [id, work.body.caller.phone],
          );
          await client.query(
            "INSERT INTO complaint_step (complaint_id, at, kind, by_user, text) VALUES ($1, now(), 'registered', '{}', 'Late again')",
            [id],
          );
          events.push(
            outbox('complaint.complaint.registered', id, { complaintId: id }),
            outbox('scheduler.deadline.arm', `complaint:${id}`, {
              deadlineId: `complaint:${id}:reply:1`,
            }),
          );
        }
        await client.query(
          `INSERT INTO outbox (event_id, topic, key, envelope, headers)
           SELECT event_id, topic, key, envelope, headers FROM jsonb_to_recordset($1::jsonb)
             AS r(event_id uuid, topic text, key text, envelope jsonb, headers jsonb)`,
          [JSON.stringify(events)],
        );
        await client.query('COMMIT');
        return true;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}
