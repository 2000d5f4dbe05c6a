import { Client } from 'pg';
import {
  ok,
  startWarehouse,
  stockedItem,
  type WarehouseService,
} from './support/warehouse-service';

describe('R28 stock never goes below zero, and the card always equals the ledger', () => {
  let w: WarehouseService;
  beforeAll(async () => {
    w = await startWarehouse();
  }, 180_000);
  afterAll(() => w?.stop());

  const approvedRequisition = async (itemCode: string, quantity: number) => {
    const r = ok(
      await w.as('workshop-director').post('/requisitions', {
        branch: 'SH01',
        purpose: 'production',
        workshop: 'W1',
        planRef: 'P',
        use: 'u',
        lines: [{ itemCode, quantity }],
      }),
      201,
    ).body;
    ok(await w.as('workshop-director').post(`/approvals/${r.approvalId}/approve`));
    return r.id as string;
  };

  it('R28: 40 keepers issuing 3 each from 50 at once: 16 issued, 24 refused naming the item, 2 left, ledger = card', async () => {
    await stockedItem(w, 'CC-HOT', 50);
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push(await approvedRequisition('CC-HOT', 3));
    const answers = await Promise.all(
      ids.map((id) => w.as('warehouse-keeper').post(`/requisitions/${id}/issue`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(16);
    expect(statuses.filter((s) => s === 409)).toHaveLength(24);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body).toMatchObject({
      type: 'urn:freight:problem:insufficient-stock',
      errors: [{ field: 'CC-HOT', message: '2 on hand, 3 asked' }],
    });

    const [card] = await w.dataSource.query(
      "SELECT quantity::float AS q, value_minor::int AS v FROM stock_card WHERE item_code = 'CC-HOT'",
    );
    expect(card).toEqual({ q: 2, v: 2_000 });
    const [ledger] = await w.dataSource.query(
      "SELECT sum(quantity)::float AS q, sum(value_minor)::int AS v, min(balance_quantity)::float AS low, count(*)::int AS n FROM stock_movement WHERE item_code = 'CC-HOT'",
    );
    expect(ledger).toEqual({ q: 2, v: 2_000, low: 2, n: 17 });
    expect(
      ok(await w.as('warehouse-keeper').get('/stock/reconciliation/SH01')).body.mismatches,
    ).toEqual([]);
  });

  it('R28: the database itself refuses an edited ledger, a hand-written card and a commit below zero', async () => {
    await stockedItem(w, 'CC-GUARD', 5);
    const db = new Client({
      connectionString: new URL(`/${w.config.DATABASE_NAME}`, w.config.DATABASE_URL).toString(),
    });
    await db.connect();
    try {
      await expect(
        db.query("UPDATE stock_movement SET quantity = 100 WHERE item_code = 'CC-GUARD'"),
      ).rejects.toThrow('append-only');
      await expect(
        db.query("DELETE FROM stock_movement WHERE item_code = 'CC-GUARD'"),
      ).rejects.toThrow('append-only');
      await expect(
        db.query("UPDATE stock_card SET quantity = 100 WHERE item_code = 'CC-GUARD'"),
      ).rejects.toThrow('derived from the ledger');
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO stock_movement (branch, item_code, kind, quantity, value_minor, document_type, document_id, document_line, document_date, booked_at, booked_by)
         VALUES ('SH01', 'CC-GUARD', 'theft', -6, -6000, 'x', 'x', 0, '2025-03-10', now(), '{}')`,
      );
      await expect(db.query('COMMIT')).rejects.toThrow('would go below zero');
    } finally {
      await db.end();
    }
    const [card] = await w.dataSource.query(
      "SELECT quantity::float AS q FROM stock_card WHERE item_code = 'CC-GUARD'",
    );
    expect(card.q).toBe(5);
  });
});
