import { OrderHttp } from '@freight/contracts';
import { DataSource } from 'typeorm';
import { Order } from '../../services/order/src/orders/order.entity';
import { searchOrders } from '../../services/order/src/orders/order.queries';
import { progress } from '../lib';

// R6 at scale: the orders table filled to 100k, then 1M rows spread over three branches, 2,000
// customers, nine lanes, eight states and a year (one INSERT … SELECT per batch), and the
// desk's searches — EXPLAINed as the service builds them (its own query builder), then timed
// through the gateway.

const BATCH = 100_000;

/** Adds synthetic orders until the table holds `target` rows. */
export async function fillOrders(dataSource: DataSource, target: number): Promise<void> {
  for (;;) {
    const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM orders')) as {
      n: number;
    }[];
    if (n >= target) break;
    const rows = Math.min(BATCH, target - n);
    const t = Date.now();
    await dataSource.query(
      `INSERT INTO orders (order_id, waybill_no, branch, status, customer_id, customer_company, agent, shipper,
         consignee, lane_origin, lane_destination, cargo, pieces, weight_kg, volume_m3, service_options, price,
         net_minor, total_minor, payment_terms, pickup_from, pickup_to, promised_delivery_at, placed_at,
         ack_round, escalations, version)
       SELECT 'ORD-BK' || lpad(i::text, 10, '0'), 'BK' || lpad(i::text, 10, '0'),
              (ARRAY['SH01','GZ01','WH01'])[1 + i % 3], (ARRAY['placed','acknowledged','amended','dispatched','notified','collected','delivered','cancelled'])[1 + (i / 7) % 8],
              'CUST-BK-' || lpad((i % 2000)::text, 4, '0'), 'bulk customer', '{"userId":"bench","username":"bench"}',
              '{"name":"bulk","phone":"13800000000","address":{"province":"上海市","city":"上海市"}}',
              '{"name":"bulk","phone":"13900000000","address":{"province":"湖北省","city":"武汉市"}}',
              (ARRAY['SH','GZ','WH'])[1 + (i / 3) % 3], (ARRAY['SH','GZ','WH'])[1 + (i / 9) % 3],
              '{"description":"bulk","pieces":3,"weightKg":100,"volumeM3":1,"dangerousGoodsClass":"none"}', 3, 100, 1,
              '{"pickup":false,"deliveryMode":"door","podRequired":false}',
              '{"lines":[],"net":{"amountMinor":10000,"currency":"CNY"},"tax":{"amountMinor":900,"currency":"CNY"},"total":{"amountMinor":10900,"currency":"CNY"}}',
              10000, 10900, 'monthly', t0, t0 + interval '4 hours', t0 + interval '2 days', t0, 1, '[]', 1
         FROM (SELECT i, now() - (i % 525600) * interval '1 minute' - interval '1 day' AS t0
                 FROM generate_series($1::bigint + 1, $1::bigint + $2::bigint) AS i) g`,
      [n, rows],
    );
    progress(
      `orders: ${(n + rows).toLocaleString('en-US')} (${rows.toLocaleString('en-US')} in ${((Date.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
  await dataSource.query('ANALYZE orders');
}

/** The searches the desk makes, as SH01 staff (the gateway forces ?branch=SH01). */
export function searches(waybillNo: string, customerId: string) {
  const from = new Date(Date.now() - 14 * 86_400_000).toISOString();
  const to = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const list: { name: string; query: Record<string, string> }[] = [
    { name: 'newest', query: {} },
    { name: 'waybill', query: { waybillNo } },
    { name: 'customer', query: { customerId } },
    { name: 'bulk customer', query: { customerId: 'CUST-BK-0042' } },
    { name: 'lane', query: { origin: 'SH', destination: 'WH' } },
    { name: 'status', query: { status: 'collected' } },
    { name: 'date range', query: { from, to } },
  ];
  return list.map((s) => ({ ...s, query: { branch: 'SH01', limit: '50', ...s.query } }));
}

/** EXPLAIN of each search as the service's own query builder writes it; throws on a sequential scan. */
export async function explainSearches(
  dataSource: DataSource,
  list: ReturnType<typeof searches>,
): Promise<string[]> {
  const plans: string[] = [];
  for (const { name, query } of list) {
    const parsed = OrderHttp.orderSearchQuery.parse(query); // as the service's controller parses it
    const qb = searchOrders(dataSource.manager.createQueryBuilder(Order, 'o'), parsed);
    const [sql, params] = qb.getQueryAndParameters();
    const rows = (await dataSource.query(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
      params,
    )) as { 'QUERY PLAN': string }[];
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    plans.push(`-- ${name}: ${JSON.stringify(query)}\n${plan}`);
    if (/Seq Scan on orders/.test(plan))
      throw new Error(`search "${name}" scans the whole table:\n${plan}`);
  }
  return plans;
}
