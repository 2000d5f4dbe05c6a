import { actorHeaders, type HttpClient } from '@freight/testing';
import type { Pool } from 'pg';
import { progress } from '../lib';

// (b) The daily count reconciliation (R28) over 100k items and 10M ledger lines: the service
// closing a count sheet — ledger sum, card and counted quantity compared for every item in one
// statement — against one SQL aggregate over the same rows.

const BRANCH = 'BR01';
const CATEGORY = 'packaging';
const KEEPER = actorHeaders({
  username: 'warehouse-keeper',
  role: 'warehouse-keeper',
  branch: BRANCH,
});

/** 100k items and 10M movements with generate_series, cards from their sums (triggers off while loading). */
export async function seedLedger(pool: Pool, items: number, movements: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SET session_replication_role = 'replica'"); // bulk load: triggers derived below
    await client.query(
      `INSERT INTO item (code, category, name, unit, created_by, created_at)
       SELECT 'RC-' || lpad(g::text, 6, '0'), $1, 'count item', 'pcs', '{}'::jsonb, now() FROM generate_series(0, $2 - 1) g`,
      [CATEGORY, items],
    );
    const chunk = 1_000_000;
    for (let from = 0; from < movements; from += chunk) {
      await client.query(
        `INSERT INTO stock_movement (branch, item_code, kind, quantity, value_minor, balance_quantity, balance_value_minor,
                                     document_type, document_id, document_line, document_date, booked_at, booked_by)
         SELECT $1, 'RC-' || lpad((g % $2)::text, 6, '0'), 'purchase-in', 1 + g % 7, (1 + g % 7) * 100, 0, 0,
                'bench', 'b', 0, current_date, now(), '{}'::jsonb
           FROM generate_series($3::bigint, $4::bigint) g`,
        [BRANCH, items, from, Math.min(from + chunk, movements) - 1],
      );
      progress(
        `ledger: ${Math.min(from + chunk, movements).toLocaleString('en-US')} / ${movements.toLocaleString('en-US')} lines`,
      );
    }
    await client.query(
      `INSERT INTO stock_card (branch, item_code, quantity, value_minor, last_moved_at)
       SELECT branch, item_code, sum(quantity), sum(value_minor), max(booked_at) FROM stock_movement
        WHERE branch = $1 GROUP BY branch, item_code`,
      [BRANCH],
    );
    await client.query("SET session_replication_role = 'origin'");
    await client.query('ANALYZE stock_movement');
    await client.query('ANALYZE stock_card');
  } finally {
    client.release();
  }
}

/** The plain aggregate over the same rows (the peer), in seconds. */
export async function sqlAggregate(pool: Pool): Promise<number> {
  const started = process.hrtime.bigint();
  await pool.query(
    'SELECT item_code, sum(quantity) FROM stock_movement WHERE branch = $1 GROUP BY item_code',
    [BRANCH],
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The service's count: open a sheet, the keepers' counts (1 % off), close it — the close timed. */
export async function serviceCount(
  http: HttpClient,
  pool: Pool,
  countDate: string,
): Promise<number> {
  const sheet = await http('POST', '/count-sheets', {
    body: { branch: BRANCH, category: CATEGORY, countDate },
    headers: KEEPER,
  });
  if (sheet.status !== 201) throw new Error(`open count sheet: ${sheet.status} ${sheet.text}`);
  await pool.query(
    `UPDATE count_line cl SET counted_quantity = c.quantity - CASE WHEN hashtext(cl.item_code) % 100 = 0 THEN 1 ELSE 0 END
       FROM stock_card c WHERE cl.sheet_id = $1 AND c.branch = $2 AND c.item_code = cl.item_code`,
    [sheet.body.id, BRANCH],
  );
  const started = process.hrtime.bigint();
  const closed = await http('POST', `/count-sheets/${sheet.body.id}/close`, {
    body: {},
    headers: KEEPER,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (closed.status !== 200) throw new Error(`close count sheet: ${closed.status} ${closed.text}`);
  progress(`count ${countDate}: ${JSON.stringify(closed.body.summary)} in ${seconds.toFixed(2)} s`);
  return seconds;
}
