import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { actorHeaders } from '@freight/testing';
import { Pool } from 'pg';
import { progress } from '../lib';

// (a) 50 concurrent outbound requests on the same items for a minute: the keeper's issue of
// approved requisitions (R36) through the service's HTTP API, against the bare Postgres
// transactions the same movements need (lock the cards, insert the ledger lines — the trigger
// posts them to the cards — mark the requisition issued).

export const BRANCH = 'SH01';
const ITEMS = 10;
const HOT = 'BN-HOT';
const HOT_STOCK = 2_000;
const KEEPER = actorHeaders({
  username: 'warehouse-keeper',
  role: 'warehouse-keeper',
  branch: BRANCH,
});

/** Items, opening stock through the ledger, and `count` approved requisitions per run. */
export async function seedOutbound(pool: Pool, count: number): Promise<void> {
  await pool.query(
    `INSERT INTO item (code, category, name, unit, created_by, created_at)
     SELECT code, 'raw-material', code, 'pcs', '{}'::jsonb, now()
       FROM (SELECT 'BN-' || g AS code FROM generate_series(0, $1 - 1) g UNION ALL SELECT $2) c`,
    [ITEMS, HOT],
  );
  await restock(pool);
  for (const run of ['svc', 'bare'])
    await pool.query(
      `INSERT INTO requisition (id, branch, status, created_at, created_by, purpose, workshop, plan_ref, use,
                                custody, lines, approval_id)
       SELECT 'BQ-' || $1 || '-' || g, $2, 'approved', now(), '{}'::jsonb, 'production', 'bench', 'plan', 'bench',
              false,
              jsonb_build_array(
                jsonb_build_object('itemCode', 'BN-' || (g % $4), 'name', 'n', 'unit', 'pcs', 'quantity', 1 + g % 5, 'bookValueMinor', null),
                jsonb_build_object('itemCode', 'BN-' || ((g * 7 + 3) % $4), 'name', 'n', 'unit', 'pcs', 'quantity', 1 + g % 3, 'bookValueMinor', null))
              || CASE WHEN g % 5 = 0
                      THEN jsonb_build_array(jsonb_build_object('itemCode', $5::text, 'name', 'n', 'unit', 'pcs', 'quantity', 1, 'bookValueMinor', null))
                      ELSE '[]'::jsonb END,
              'AP-bench'
         FROM generate_series(1, $3) g`,
      [run, BRANCH, count, ITEMS, HOT],
    );
}

/** Brings every bench item back to its opening stock, through the ledger. */
export async function restock(pool: Pool): Promise<void> {
  await pool.query(
    `INSERT INTO stock_movement (branch, item_code, kind, quantity, value_minor, document_type, document_id,
                                 document_line, document_date, booked_at, booked_by)
     SELECT $1, i.code, 'opening', target - coalesce(c.quantity, 0), (target - coalesce(c.quantity, 0)) * 100,
            'bench', 'opening', 0, current_date, now(), '{}'::jsonb
       FROM (SELECT code, CASE WHEN code = $2 THEN $3 ELSE 1000000 END AS target FROM item WHERE code LIKE 'BN-%') i
       LEFT JOIN stock_card c ON c.branch = $1 AND c.item_code = i.code
      WHERE target <> coalesce(c.quantity, 0)`,
    [BRANCH, HOT, HOT_STOCK],
  );
}

export interface RunResult {
  issued: number;
  refused: number;
  failed: number;
  perSecond: number;
}

async function run(
  concurrency: number,
  seconds: number,
  label: string,
  issue: (n: number) => Promise<'issued' | 'refused' | 'failed'>,
): Promise<RunResult> {
  let next = 1;
  const counts = { issued: 0, refused: 0, failed: 0 };
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) counts[await issue(next++)]++;
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  progress(
    `${label}: ${counts.issued} issued, ${counts.refused} refused, ${counts.failed} failed in ${elapsed.toFixed(1)} s`,
  );
  return { ...counts, perSecond: Math.round(counts.issued / elapsed) };
}

/** The service: POST /requisitions/:id/issue, 50 at a time, from a worker thread. */
export async function serviceRun(
  url: string,
  concurrency: number,
  seconds: number,
): Promise<RunResult> {
  const worker = new Worker(path.join(__dirname, 'load.worker.js'), {
    workerData: { url, headers: KEEPER, prefix: 'BQ-svc-', concurrency, seconds },
  });
  const counts = await new Promise<{
    issued: number;
    refused: number;
    failed: number;
    elapsedMs: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const elapsed = counts.elapsedMs / 1000;
  progress(
    `service: ${counts.issued} issued, ${counts.refused} refused, ${counts.failed} failed in ${elapsed.toFixed(1)} s`,
  );
  return {
    issued: counts.issued,
    refused: counts.refused,
    failed: counts.failed,
    perSecond: Math.round(counts.issued / elapsed),
  };
}

/** The same movements as bare transactions on a pool as large as the service's (10). */
export function bareRun(pool: Pool, concurrency: number, seconds: number) {
  return run(concurrency, seconds, 'bare', async (n) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const [req] = (
        await client.query('SELECT lines FROM requisition WHERE id = $1 FOR UPDATE', [
          `BQ-bare-${n}`,
        ])
      ).rows as { lines: { itemCode: string; quantity: number }[] }[];
      const codes = [...new Set(req.lines.map((l) => l.itemCode))].sort();
      const cards = (
        await client.query(
          'SELECT item_code, quantity FROM stock_card WHERE branch = $1 AND item_code = ANY($2) ORDER BY item_code FOR UPDATE',
          [BRANCH, codes],
        )
      ).rows as { item_code: string; quantity: string }[];
      const short = req.lines.some(
        (l) => Number(cards.find((c) => c.item_code === l.itemCode)?.quantity ?? 0) < l.quantity,
      );
      if (short) {
        await client.query('ROLLBACK');
        return 'refused';
      }
      await client.query(
        `INSERT INTO stock_movement (branch, item_code, kind, quantity, value_minor, document_type, document_id,
                                     document_line, document_date, booked_at, booked_by)
         SELECT $1, r.item_code, 'production-issue', -r.quantity, -r.quantity * 100, 'requisition', $2, r.ord, current_date, now(), '{}'::jsonb
           FROM jsonb_to_recordset($3::jsonb) AS r(item_code text, quantity numeric, ord int) ORDER BY r.item_code`,
        [
          BRANCH,
          `BQ-bare-${n}`,
          JSON.stringify(
            req.lines.map((l, ord) => ({ item_code: l.itemCode, quantity: l.quantity, ord })),
          ),
        ],
      );
      await client.query("UPDATE requisition SET status = 'issued' WHERE id = $1", [
        `BQ-bare-${n}`,
      ]);
      await client.query('COMMIT');
      return 'issued';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      progress(`bare failed: ${(error as Error).message}`);
      return 'failed';
    } finally {
      client.release();
    }
  });
}

/** No card below zero, no ledger line whose balance went below zero, ledger sum = card. */
export async function integrity(
  pool: Pool,
): Promise<{ negativeStock: number; ledgerCardMismatches: number }> {
  const [neg] = (
    await pool.query(
      `SELECT (SELECT count(*) FROM stock_card WHERE quantity < 0)
            + (SELECT count(*) FROM stock_movement WHERE balance_quantity < 0 AND entry <> 'red-reversal') AS n`,
    )
  ).rows as { n: string }[];
  const [mis] = (
    await pool.query(
      `SELECT count(*) AS n FROM stock_card c
         FULL JOIN (SELECT branch, item_code, sum(quantity) AS q, sum(value_minor) AS v FROM stock_movement GROUP BY branch, item_code) l
           ON l.branch = c.branch AND l.item_code = c.item_code
        WHERE coalesce(l.q, 0) <> coalesce(c.quantity, 0) OR coalesce(l.v, 0) <> coalesce(c.value_minor, 0)`,
    )
  ).rows as { n: string }[];
  return { negativeStock: Number(neg.n), ledgerCardMismatches: Number(mis.n) };
}
