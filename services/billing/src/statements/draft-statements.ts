import type { EntityManager } from 'typeorm';
import { DEFAULT_CREDIT_DAYS } from '../customers/customer-accounts';
import { rowsOf } from '../shared/sql';

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
): Promise<{ lastCustomer: string | null; drafted: number }> {
  // One pass over the period's index from `after`: the next `limit` customers' totals, grouped
  // as the index returns them (no sort, no second scan), inserted as drafts.
  const [row] = await rowsOf<{ last: string | null; drafted: number }>(
    manager,
    `WITH chunk AS (
       SELECT customer_id, count(*)::int AS line_count, sum(amount_minor) AS net,
              sum(tax_minor) AS tax
         FROM charge_line
        WHERE branch = $1 AND billing_period = $2 AND statement_id IS NULL AND customer_id > $3
        GROUP BY customer_id ORDER BY customer_id LIMIT $4),
     drafted AS (
       INSERT INTO statement (branch, customer_id, customer_name, email, credit_days, period,
                              status, line_count, net_minor, tax_minor, drafted_at)
       SELECT $1, l.customer_id,
              COALESCE(a.company, (SELECT s.customer_name FROM shipment s
                                    WHERE s.customer_id = l.customer_id
                                      AND s.customer_name IS NOT NULL LIMIT 1), l.customer_id),
              a.email, COALESCE(a.credit_days, $6), $2, 'draft', l.line_count, l.net, l.tax, $5
         FROM chunk l LEFT JOIN customer_account a ON a.customer_id = l.customer_id
       ON CONFLICT (customer_id, period) DO NOTHING
       RETURNING id)
     SELECT (SELECT max(customer_id) FROM chunk) AS last,
            (SELECT count(*) FROM drafted)::int AS drafted`,
    [chunk.branch, chunk.period, chunk.after, chunk.limit, chunk.now, DEFAULT_CREDIT_DAYS],
  );
  return { lastCustomer: row.last, drafted: row.drafted };
}
