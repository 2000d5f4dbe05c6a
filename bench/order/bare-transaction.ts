import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { percentile } from '../lib';

// The floor the create-order use case is compared with: the same writes with bare pg — the
// branch's waybill serial (its own statement), then one transaction with the order row and its
// two outbox rows (order.placed and the acknowledgement clock's arm) — in a copy of the tables
// (schema `bare`, same indexes), so the order service's relay never sees them.

export async function prepareBareTables(pool: Pool): Promise<void> {
  await pool.query('DROP SCHEMA IF EXISTS bare CASCADE; CREATE SCHEMA bare');
  for (const table of ['serial', 'orders', 'outbox'])
    await pool.query(`CREATE TABLE bare.${table} (LIKE public.${table} INCLUDING ALL)`);
}

/** A placed order's row as the service writes it, and its events' envelopes (realistic sizes). */
export function bareWrites(order: Record<string, unknown>) {
  const json = (value: unknown) => JSON.stringify(value);
  return async (client: {
    query: (sql: string, params?: unknown[]) => Promise<{ rows: { last: string }[] }>;
  }) => {
    // the waybill serial in its own statement, as the use case takes it (decision 0043)
    const { rows } = await client.query(
      `INSERT INTO bare.serial (name, last) VALUES ('waybill:SH', 1)
       ON CONFLICT (name) DO UPDATE SET last = bare.serial.last + 1 RETURNING last`,
    );
    const waybill = `SH${String(rows[0].last).padStart(10, '0')}`;
    await client.query('BEGIN');
    const o = order as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    await client.query(
      `INSERT INTO bare.orders (order_id, waybill_no, branch, status, customer_id, customer_company, agent, shipper,
         consignee, lane_origin, lane_destination, cargo, pieces, weight_kg, volume_m3, service_options, price,
         net_minor, total_minor, payment_terms, pickup_from, pickup_to, promised_delivery_at, placed_at,
         ack_deadline_id, ack_round, escalations, version)
       VALUES ($1, $2, 'SH01', 'placed', $3, $4, $5, $6, $7, 'SH', 'WH', $8, $9, $10, $11, $12, $13, $14, $15,
         'monthly', $16, $17, $18, now(), $19, 1, '[]', 1)`,
      [
        `ORD-${waybill}`,
        waybill,
        o.customer.customerId,
        o.customer.company,
        json(o.agent),
        json(o.shipper),
        json(o.consignee),
        json(o.cargo),
        o.cargo.pieces,
        o.cargo.weightKg,
        o.cargo.volumeM3,
        json(o.serviceOptions),
        json(o.price),
        o.price.net.amountMinor,
        o.price.total.amountMinor,
        o.pickupWindow.from,
        o.pickupWindow.to,
        o.promisedDeliveryAt,
        `order:ORD-${waybill}:ack:1`,
      ],
    );
    const envelope = (type: string) =>
      json({
        specversion: '1.0',
        id: randomUUID(),
        type,
        source: '/freight/order',
        subject: waybill,
        time: new Date().toISOString(),
        data: o,
      });
    await client.query(
      `INSERT INTO bare.outbox (event_id, topic, key, envelope, headers)
       VALUES ($1, 'order.events', $3, $2, '{}'), ($4, 'scheduler.requests', $3, $5, '{}')`,
      [
        randomUUID(),
        envelope('order.placed'),
        waybill,
        randomUUID(),
        envelope('scheduler.deadline.arm'),
      ],
    );
    await client.query('COMMIT');
  };
}

/** `concurrency` clients running the transaction back to back for `seconds`: rate and p99. */
export async function runBare(
  pool: Pool,
  write: ReturnType<typeof bareWrites>,
  concurrency: number,
  seconds: number,
) {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < until) {
          const t = performance.now();
          await write(client);
          latencies.push(performance.now() - t);
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  return {
    perSecond: Math.round(latencies.length / elapsed),
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
  };
}
