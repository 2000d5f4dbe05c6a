import type { EntityManager } from 'typeorm';
import { DEFAULT_CREDIT_DAYS } from '../customers/customer-accounts';
import { rowsOf } from '../shared/sql';

export interface DraftedStatement {
  id: string;
  customer_id: string;
}

/**
 * R24, the month-end close, one chunk: the next `limit` customers (by id, after `after`) with
 * charges billed on the period each get a draft statement — totals by one aggregate over their
 * charge lines, which stay where they are (a draft's lines are its customer's charges of the
 * period; decision 0071). Nothing is loaded into the service: 1M shipments close in a handful
 * of statements (bench/billing). A customer whose statement exists already is skipped (a close
 * resumed after a crash drafts nothing twice).
 */
export async function draftStatementsChunk(
  manager: EntityManager,
  chunk: { branch: string; period: string; after: string; limit: number; now: Date },
): Promise<{ customers: string[]; drafted: DraftedStatement[] }> {
  const customers = (
    await rowsOf<{ customer_id: string }>(
      manager,
      `SELECT DISTINCT customer_id FROM charge_line
        WHERE branch = $1 AND billing_period = $2 AND statement_id IS NULL AND customer_id > $3
        ORDER BY customer_id LIMIT $4`,
      [chunk.branch, chunk.period, chunk.after, chunk.limit],
    )
  ).map((r) => r.customer_id);
  if (customers.length === 0) return { customers, drafted: [] };
  const drafted = await rowsOf<DraftedStatement>(
    manager,
    `INSERT INTO statement (branch, customer_id, customer_name, email, credit_days, period, status,
                           line_count, net_minor, tax_minor, drafted_at)
     SELECT $1, l.customer_id,
            COALESCE(a.company, (SELECT s.customer_name FROM shipment s
                                  WHERE s.customer_id = l.customer_id AND s.customer_name IS NOT NULL
                                  LIMIT 1), l.customer_id),
            a.email, COALESCE(a.credit_days, $5), $2, 'draft', l.line_count, l.net, l.tax, $4
       FROM (SELECT customer_id, count(*)::int AS line_count, sum(amount_minor) AS net,
                    sum(tax_minor) AS tax
               FROM charge_line
              WHERE branch = $1 AND billing_period = $2 AND statement_id IS NULL
                AND customer_id = ANY($3::text[])
              GROUP BY customer_id) l
       LEFT JOIN customer_account a ON a.customer_id = l.customer_id
     ON CONFLICT (customer_id, period) DO NOTHING
     RETURNING id, customer_id`,
    [chunk.branch, chunk.period, customers, chunk.now, DEFAULT_CREDIT_DAYS],
  );
  return { customers, drafted };
}
