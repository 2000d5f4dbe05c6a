import { DEMO_CUSTOMERS } from '@freight/contracts';
import { FakeClock } from '@freight/testing';
import { startOrder } from './support/order-app';

// Issue 20 item 12: the demo desk, seeded through the use cases (their events in the outbox),
// the same on every start — a second replica on the same database adds nothing.

const count = async (order: Awaited<ReturnType<typeof startOrder>>, sql: string) =>
  (await order.dataSource.query(sql)) as Record<string, string | number>[];

describe('the demo desk (DEMO_DATA=true)', () => {
  const clock = new FakeClock('2026-03-04T03:00:00Z'); // Wednesday 11:00 in Shanghai
  let first: Awaited<ReturnType<typeof startOrder>>;

  beforeAll(async () => {
    first = await startOrder({ demo: true, clock });
  }, 300_000);
  afterAll(() => first?.stop());

  it('R1: the demo cast’s twenty customers under their own ids, with coordinates', async () => {
    const rows = await count(
      first,
      "SELECT customer_id, addresses->0->'coordinates' AS at FROM customer ORDER BY 1",
    );
    const ids = rows.map((r) => r.customer_id);
    expect(ids).toEqual(expect.arrayContaining(DEMO_CUSTOMERS.map((c) => c.customerId)));
    expect(
      rows
        .filter((r) => DEMO_CUSTOMERS.some((c) => c.customerId === r.customer_id))
        .every((r) => r.at),
    ).toBe(true);
  });

  it('R3–R9: a month of orders in every state, today’s inquiries and pickups, leads — all through the use cases', async () => {
    const states = (await count(first, 'SELECT DISTINCT status FROM orders')).map((r) => r.status);
    expect(states).toEqual(
      expect.arrayContaining([
        'placed',
        'acknowledged',
        'amended',
        'cancelled',
        'notified',
        'collected',
      ]),
    );
    const [{ n, days, lanes }] = await count(
      first,
      "SELECT count(*)::int AS n, count(DISTINCT date_trunc('day', placed_at))::int AS days, count(DISTINCT (lane_origin, lane_destination))::int AS lanes FROM orders",
    );
    expect(n).toBeGreaterThan(250);
    expect(days).toBeGreaterThanOrEqual(29);
    expect(lanes).toBeGreaterThanOrEqual(6);
    const coordinates = await count(
      first,
      "SELECT count(*)::int AS n FROM orders WHERE consignee->'address'->'coordinates' IS NULL OR shipper->'address'->'coordinates' IS NULL",
    );
    expect(coordinates[0].n).toBe(0);
    const today = await count(
      first,
      "SELECT count(*)::int AS n FROM orders WHERE pickup_from >= '2026-03-03T16:00:00Z'",
    );
    expect(today[0].n).toBeGreaterThanOrEqual(12);
    const inquiries = (await count(first, 'SELECT DISTINCT status FROM inquiry')).map(
      (r) => r.status,
    );
    expect(inquiries).toEqual(expect.arrayContaining(['open', 'needs-analysis', 'quoted']));
    const open = await count(
      first,
      "SELECT count(*)::int AS n FROM inquiry WHERE status IN ('open','needs-analysis') AND received_at < '2026-03-03T03:00:00Z'",
    );
    expect(open[0].n).toBe(2); // from days ago: the scheduler escalates them at once
    const leads = (await count(first, 'SELECT status FROM lead ORDER BY status')).map(
      (r) => r.status,
    );
    expect(leads).toEqual(['converted', 'new', 'promising']);
    const events = (
      await count(first, "SELECT DISTINCT envelope->>'type' AS type FROM outbox ORDER BY 1")
    ).map((r) => r.type);
    expect(events).toEqual([
      'order.acknowledged',
      'order.alert.raised',
      'order.amended',
      'order.cancelled',
      'order.collected',
      'order.customer.registered',
      'order.inquiry.answered',
      'order.inquiry.received',
      'order.placed',
      'scheduler.deadline.arm',
      'scheduler.deadline.cancel',
    ]);
  });

  it('is idempotent: a second start on the same database adds nothing', async () => {
    const tables = ['customer', 'orders', 'inquiry', 'quote', 'lead', 'rate_table', 'outbox'];
    const before = await Promise.all(
      tables.map((t) => count(first, `SELECT count(*)::int AS n FROM ${t}`)),
    );
    const second = await startOrder({
      demo: true,
      clock,
      databaseName: first.config.DATABASE_NAME,
    });
    try {
      const after = await Promise.all(
        tables.map((t) => count(second, `SELECT count(*)::int AS n FROM ${t}`)),
      );
      expect(after).toEqual(before);
    } finally {
      await second.app.close();
    }
  });
});
