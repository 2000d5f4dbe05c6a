import { FakeClock } from '@freight/testing';
import { ok, startWarehouse, type WarehouseService } from './support/warehouse-service';

// Issue 24 item 13: the demo month through the use cases — items, a month of movements, an
// open entrusted requisition near its deadline, an old part not yet back — idempotent.
describe('the warehouse demo month', () => {
  let first: WarehouseService;
  let second: WarehouseService | undefined;
  const clock = new FakeClock('2025-03-26T06:00:00Z');

  beforeAll(async () => {
    first = await startWarehouse({ clock, env: { DEMO_DATA: 'true' } });
  }, 240_000);
  afterAll(async () => {
    await second?.app.close();
    await first?.stop();
  });

  it('lays down a month of ledger lines on their own days, ledger = card', async () => {
    const [span] = await first.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT document_date)::int AS days,
              min(booked_at) AS first, max(booked_at) AS last FROM stock_movement WHERE branch = 'SH01'`,
    );
    expect(span.n).toBeGreaterThan(15);
    expect(span.days).toBeGreaterThan(10);
    expect(new Date(span.last).getTime() - new Date(span.first).getTime()).toBeGreaterThan(
      20 * 86_400_000,
    );
    expect(
      ok(await first.as('warehouse-keeper').get('/stock/reconciliation/SH01')).body.mismatches,
    ).toEqual([]);
    const entries = await first.dataSource.query(
      "SELECT DISTINCT entry FROM stock_movement WHERE document_type = 'purchase-receipt' ORDER BY entry",
    );
    expect(entries.map((e: { entry: string }) => e.entry)).toEqual([
      'normal',
      'provisional',
      'red-reversal',
    ]);
  });

  it('has an open entrusted requisition due at the end of this month and an old part not yet back', async () => {
    const entrusted = ok(
      await first.as('warehouse-keeper').get('/entrusted-requisitions?status=at-processor'),
    ).body.items;
    expect(entrusted).toEqual([
      expect.objectContaining({ processor: '昆山精工热处理厂', dueAt: '2025-03-31T16:00:00.000Z' }),
    ]);
    const replacements = ok(
      await first.as('sales').get('/replacements?status=shipped-awaiting-old-part'),
    ).body.items;
    expect(replacements).toEqual([
      expect.objectContaining({
        oldPart: expect.objectContaining({ returnedAt: null }),
        oldPartDueAt: '2025-03-31T16:00:00.000Z',
      }),
    ]);
    const fines = ok(await first.as('general-manager').get('/fines?month=2025-03')).body.items;
    expect(fines.map((p: { person: { username: string } }) => p.person.username)).toContain(
      'gate-guard',
    );
  });

  it('is idempotent: a second start on the same database adds nothing', async () => {
    const count = async () =>
      (await first.dataSource.query('SELECT count(*)::int AS n FROM stock_movement'))[0].n;
    const before = await count();
    second = await startWarehouse({
      clock,
      env: { DEMO_DATA: 'true' },
      databaseName: first.config.DATABASE_NAME,
      namespace: first.namespace,
    });
    expect(await count()).toBe(before);
  });
});
