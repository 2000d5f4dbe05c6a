import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';

/** A fresh database on the bench's Postgres server, dropped afterwards. */
export async function freshDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => run(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
  };
}

/**
 * Inserts armed one-level deadlines straight into the scheduler's table with generate_series:
 * deadline i (0-based, from `from`) is due at `startMs + offsetMs(i)`, computed in SQL as
 * `startMs + i * stepMs` (stepMs may be fractional). The rows look exactly as an arm writes them.
 */
export async function insertDeadlines(
  client: Client,
  prefix: string,
  count: number,
  startMs: number,
  stepMs: number,
): Promise<void> {
  const chunk = 100_000;
  for (let from = 0; from < count; from += chunk) {
    const n = Math.min(chunk, count - from);
    await client.query(
      `INSERT INTO deadline (id, rule, subject_type, subject_id, branch, calendar, due_at, ladder,
                             state, next_level, next_fire_at, next_role, escalated_role,
                             paused_remaining_ms, payload, arm_digest, version)
       SELECT $1 || g, 'R17', 'complaint', $1 || g, 'SH01', '{"kind":"wall-clock"}',
              t, jsonb_build_array(jsonb_build_object('level', 1, 'role', 'agent', 'after', 'PT0S',
                'fireAt', to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
              'armed', 1, t, 'agent', NULL, NULL, '{}', 'bench', 1
         FROM generate_series($2::int, $3::int) AS g,
              LATERAL (SELECT to_timestamp(($4::float8 + g * $5::float8) / 1000.0) AS t) AS due`,
      [prefix, from, from + n - 1, startMs, stepMs],
    );
  }
}
