import { approve, gatePass, purchase } from './warehouse-support';
import {
  cardOf,
  catalogueItem,
  expectStatus,
  outboxEvents,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

describe('R36 requisitions with workshop custody, R37 material leaving the company', () => {
  let world: WarehouseWorld;
  const steel = uniqueCode('RM-STL');
  const workshop = `一车间-${steel.slice(-4)}`;

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(world, {
      code: steel,
      category: 'raw-material',
      name: 'Steel plate',
      unit: 'kg',
    });
    await purchase(world, steel, 1_000, 1_000);
  }, 240_000);
  afterAll(() => world?.stop());

  it('R36: production draws against the plan, approved by the workshop director; custody material is virtually returned at month end', async () => {
    const noPlan = await world.as('workshop-director').post('/requisitions', {
      purpose: 'production',
      workshop,
      use: 'housings',
      lines: [{ itemCode: steel, quantity: 1 }],
    });
    expect(noPlan.status).toBe(400);
    expect(noPlan.body.errors).toEqual([
      { field: 'planRef', message: 'production draws against the plan (R36)' },
    ]);

    const r = expectStatus(
      await world.as('workshop-director').post('/requisitions', {
        purpose: 'production',
        workshop,
        planRef: 'PP-2025-03',
        use: 'pump housings',
        custody: true,
        lines: [{ itemCode: steel, quantity: 300 }],
      }),
      201,
    ).body;
    const unapproved = await world.as('warehouse-keeper').post(`/requisitions/${r.id}/issue`, {});
    expect(unapproved.status).toBe(409);
    expectStatus(
      await world.as('branch-manager').post(`/approvals/${r.approvalId}/approve`, {}),
      403,
    );
    await approve(world, 'workshop-director', r.approvalId);
    const issued = expectStatus(
      await world.as('warehouse-keeper').post(`/requisitions/${r.id}/issue`, {}),
      200,
    ).body;
    expect(issued).toMatchObject({
      status: 'issued',
      approver: { username: 'workshop-director' },
      lines: [{ bookValueMinor: 300_000 }],
    });
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 700 });
    const held = expectStatus(
      await world
        .as('warehouse-keeper')
        .get(`/workshop-custody?workshop=${encodeURIComponent(workshop)}`),
      200,
    ).body.items;
    expect(held).toEqual([
      expect.objectContaining({
        itemCode: steel,
        quantity: 300,
        valueMinor: 300_000,
        month: '2025-03',
        virtualReturnDue: true,
      }),
    ]);
    const arms = await outboxEvents(world, 'scheduler.deadline.arm');
    expect(arms).toContainEqual(
      expect.objectContaining({
        rule: 'R36',
        deadlineId: `workshop-custody:SH01:${workshop}:2025-03`,
      }),
    );

    const tooMuch = await world.as('warehouse-keeper').post('/workshop-custody/virtual-returns', {
      workshop,
      month: '2025-03',
      reportedBy: '赵丽',
      lines: [{ itemCode: steel, unusedQuantity: 301 }],
    });
    expect(tooMuch.status).toBe(409);
    const report = expectStatus(
      await world.as('warehouse-keeper').post('/workshop-custody/virtual-returns', {
        workshop,
        month: '2025-03',
        reportedBy: '赵丽 (车间核算员)',
        lines: [{ itemCode: steel, unusedQuantity: 80 }],
      }),
      201,
    ).body;
    expect(report).toMatchObject({
      returnDate: '2025-03-31',
      reissueDate: '2025-04-01',
      lines: [
        { heldQuantity: 300, consumedQuantity: 220, unusedQuantity: 80, unusedValueMinor: 80_000 },
      ],
    });
    const ledger = expectStatus(
      await world.as('warehouse-keeper').get(`/stock/ledger?documentId=${report.id}`),
      200,
    ).body.items;
    expect(
      ledger.map((m: Record<string, unknown>) => [
        m.kind,
        m.entry,
        m.quantity,
        m.documentDate,
        m.balanceQuantity,
      ]),
    ).toEqual([
      ['virtual-return', 'virtual', 80, '2025-03-31', 780],
      ['virtual-reissue', 'virtual', -80, '2025-04-01', 700],
    ]);
    const after = expectStatus(
      await world
        .as('warehouse-keeper')
        .get(`/workshop-custody?workshop=${encodeURIComponent(workshop)}`),
      200,
    ).body.items;
    expect(after[0]).toMatchObject({ quantity: 80, month: '2025-04', virtualReturnDue: true });
  });

  it('R37: material sold outside needs a manager’s approval, payment, and a gate pass; it goes out at book price', async () => {
    const noBuyer = await world.as('sales').post('/requisitions', {
      purpose: 'outside-sale',
      use: 'sold to a neighbour',
      lines: [{ itemCode: steel, quantity: 50 }],
    });
    expect(noBuyer.status).toBe(400);
    const r = expectStatus(
      await world.as('sales').post('/requisitions', {
        purpose: 'outside-sale',
        use: 'sold to 华阳',
        buyer: { name: '华阳精细化工' },
        lines: [{ itemCode: steel, quantity: 50 }],
      }),
      201,
    ).body;
    expectStatus(
      await world.as('workshop-director').post(`/approvals/${r.approvalId}/approve`, {}),
      403,
    );
    await approve(world, 'branch-manager', r.approvalId);
    const unpaid = await world
      .as('finance')
      .post('/gate-passes', { document: { type: 'requisition', id: r.id } });
    expect(unpaid.body.type).toBe('urn:freight:problem:sale-not-paid');
    const pass = await gatePass(world, 'requisition', r.id, {
      kind: 'paid',
      receiptNo: 'RC-9',
      amountMinor: 50_000,
    });
    const without = await world.as('warehouse-keeper').post(`/requisitions/${r.id}/issue`, {});
    expect(without.body.type).toBe('urn:freight:problem:gate-pass-missing');
    const issued = expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/requisitions/${r.id}/issue`, { gatePassId: pass.id }),
      200,
    ).body;
    expect(issued.lines[0].bookValueMinor).toBe(50_000);
  });

  it('R37: after-sales material needs a manager; production material never gets a gate pass', async () => {
    const r = expectStatus(
      await world.as('sales').post('/requisitions', {
        purpose: 'after-sales',
        use: 'repair at 浦东精密',
        lines: [{ itemCode: steel, quantity: 5 }],
      }),
      201,
    ).body;
    const early = await world
      .as('finance')
      .post('/gate-passes', { document: { type: 'requisition', id: r.id } });
    expect(early.body.detail).toContain('a manager has not approved');
    const production = (
      await world.as('warehouse-keeper').get('/requisitions?status=issued')
    ).body.items.find((x: { purpose: string }) => x.purpose === 'production');
    const none = await world
      .as('finance')
      .post('/gate-passes', { document: { type: 'requisition', id: production.id } });
    expect(none.body.type).toBe('urn:freight:problem:no-gate-pass-needed');
  });
});
