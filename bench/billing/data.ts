import type { Client } from 'pg';

/**
 * A month of a branch's monthly-terms shipments as billing's read model holds them after the
 * order and tracking events: `customers` customer files, `shipments` shipments spread over them
 * and over March 2025, one freight charge line each (tax precomputed, as the consumer does).
 * Written with generate_series: the bench measures the close, not the loading.
 */
export async function fillMonth(db: Client, shipments: number, customers: number): Promise<void> {
  const customer = `'BC-' || lpad(((s % ${customers}) + 1)::text, 6, '0')`;
  await db.query(`
    INSERT INTO customer_account (customer_id, branch, company, email, billing_kind, credit_days, updated_at)
    SELECT 'BC-' || lpad(i::text, 6, '0'), 'SH01', '基准客户 ' || i, 'bench' || i || '@example.cn',
           'monthly', 30, now()
      FROM generate_series(1, ${customers}) i`);
  await db.query(`
    INSERT INTO shipment (waybill_no, order_id, branch, customer_id, customer_name, placed_at,
        service_month, payment_terms, pod_required, pieces, weight_kg, net_minor, delivered_at,
        on_time, pod_received_at)
    SELECT 'BW' || lpad(s::text, 10, '0'), 'ORD-' || s, 'SH01', ${customer}, '基准客户',
           timestamptz '2025-03-01 02:00+00' + (s % 30) * interval '1 day', date '2025-03-01',
           'monthly', true, 1 + s % 5, 100 + s % 900, 10000 + s % 1000,
           timestamptz '2025-03-02 02:00+00' + (s % 28) * interval '1 day', s % 10 <> 0,
           timestamptz '2025-03-03 02:00+00' + (s % 28) * interval '1 day'
      FROM generate_series(1, ${shipments}) s`);
  await db.query(`
    INSERT INTO charge_line (waybill_no, seq, customer_id, branch, code, description, amount_minor,
        tax_rate, tax_minor, service_date, billing_period)
    SELECT 'BW' || lpad(s::text, 10, '0'), 1, ${customer}, 'SH01', 'freight', '运费 SH→WH',
           10000 + s % 1000, 0.09, round((10000 + s % 1000) * 0.09),
           date '2025-03-01' + (s % 30), date '2025-03-01'
      FROM generate_series(1, ${shipments}) s`);
  await db.query(
    `INSERT INTO month_close (branch, period, status) VALUES ('SH01', '2025-03-01', 'scheduled')`,
  );
  await db.query('ANALYZE customer_account, shipment, charge_line');
}

/** The peer: one SQL aggregate over the same rows — each customer's lines, net and tax. */
export const MONTH_AGGREGATE = `
  SELECT customer_id, count(*) AS lines, sum(amount_minor) AS net, sum(tax_minor) AS tax
    FROM charge_line
   WHERE branch = 'SH01' AND billing_period = '2025-03-01' AND statement_id IS NULL
   GROUP BY customer_id`;
