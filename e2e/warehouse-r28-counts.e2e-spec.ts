import { approve, purchase } from './warehouse-support';
import {
  cardOf,
  catalogueItem,
  expectStatus,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

describe('R28 stock integrity: daily counts, variances and write-offs with approval', () => {
  let world: WarehouseWorld;
  const seal = uniqueCode('SP-SEAL');
  const gasket = uniqueCode('SP-GSK');

  beforeAll(async () => {
    world = await startWarehouseWorld({ start: '2025-03-10T02:00:00Z' });
    await catalogueItem(world, { code: seal, category: 'spare-part', name: 'Mechanical seal' });
    await catalogueItem(world, { code: gasket, category: 'spare-part', name: 'Gasket' });
    world.clock.set('2024-08-01T02:00:00Z');
    await purchase(world, gasket, 40, 500); // bought long ago, never moved since: long-idle
    world.clock.set('2025-03-10T02:00:00Z');
    await purchase(world, seal, 60, 3_000);
  }, 240_000);
  afterAll(() => world?.stop());

  it('R28: ledger and stock card always agree, item by item', async () => {
    const check = expectStatus(
      await world.as('warehouse-keeper').get('/stock/reconciliation/SH01?category=spare-part'),
      200,
    ).body;
    expect(check).toMatchObject({ branch: 'SH01', itemsChecked: 2, mismatches: [] });
    expect(
      expectStatus(await world.as('branch-manager').get('/stock/idle?days=180'), 200).body.items,
    ).toEqual([expect.objectContaining({ itemCode: gasket, quantity: 40 })]);
  });

  it('R28: the daily count per category compares ledger, card and shelf; a variance is cleared only with approval, within the approver’s limit', async () => {
    const sheet = expectStatus(
      await world.as('warehouse-keeper').post('/count-sheets', { category: 'spare-part' }),
      201,
    ).body;
    expect(sheet).toMatchObject({ status: 'open', countDate: '2025-03-10', summary: { lines: 0 } });
    expect(sheet.lines.map((l: { itemCode: string }) => l.itemCode).sort()).toEqual(
      [seal, gasket].sort(),
    );
    expect(
      sheet.lines.find((l: { itemCode: string }) => l.itemCode === gasket).idleSince,
    ).not.toBeNull();

    const again = await world
      .as('warehouse-keeper')
      .post('/count-sheets', { category: 'spare-part' });
    expect(again.status).toBe(409);
    const early = await world.as('warehouse-keeper').post(`/count-sheets/${sheet.id}/close`, {});
    expect(early.status).toBe(422);
    expect(early.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [seal, gasket].sort(),
    );

    expectStatus(
      await world.as('warehouse-keeper').post(`/count-sheets/${sheet.id}/counts`, {
        lines: [
          { itemCode: seal, countedQuantity: 58 },
          { itemCode: gasket, countedQuantity: 40 },
        ],
      }),
      200,
    );
    const closed = expectStatus(
      await world.as('warehouse-keeper').post(`/count-sheets/${sheet.id}/close`, {}),
      200,
    ).body;
    expect(closed).toMatchObject({
      status: 'closed',
      summary: { lines: 2, counted: 2, variances: 1, ledgerCardMismatches: 0, idle: 1 },
    });
    expect(closed.lines[0]).toMatchObject({
      itemCode: seal,
      countedQuantity: 58,
      cardQuantity: 60,
      ledgerQuantity: 60,
      varianceQuantity: -2,
    });

    const adjustment = expectStatus(
      await world.as('warehouse-keeper').post('/stock-adjustments', {
        kind: 'count-variance',
        countSheetId: sheet.id,
        reason: 'two seals missing at the count',
      }),
      201,
    ).body;
    expect(adjustment).toMatchObject({
      status: 'awaiting-approval',
      lines: [{ itemCode: seal, quantity: -2, estimatedValueMinor: -6_000 }],
    });
    expect(await cardOf(world, seal)).toMatchObject({ quantity: 60 });

    const decided = await approve(
      world,
      'branch-manager',
      adjustment.approvalId,
      'checked the shelf again',
    );
    expect(decided).toMatchObject({
      status: 'approved',
      decidedBy: { username: 'branch-manager' },
      amountMinor: 6_000,
    });
    expect(await cardOf(world, seal)).toMatchObject({ quantity: 58, valueMinor: 174_000 });
    const posted = expectStatus(
      await world.as('warehouse-keeper').get(`/stock-adjustments/${adjustment.id}`),
      200,
    ).body;
    expect(posted).toMatchObject({ status: 'posted', movementSeqs: [expect.any(Number)] });
  });

  it('R28: long-idle stock is written off with approval; over the branch manager’s limit only the general manager may', async () => {
    const fresh = await world.as('warehouse-keeper').post('/stock-adjustments', {
      kind: 'idle-write-off',
      reason: 'obsolete',
      lines: [{ itemCode: seal, quantity: 1 }],
    });
    expect(fresh.status).toBe(409);
    expect(fresh.body.detail).toContain('not long-idle');

    const writeOff = expectStatus(
      await world.as('warehouse-keeper').post('/stock-adjustments', {
        kind: 'idle-write-off',
        reason: 'gasket type discontinued',
        lines: [{ itemCode: gasket, quantity: 40 }],
      }),
      201,
    ).body;
    expect(writeOff.lines[0]).toMatchObject({ estimatedValueMinor: -20_000 });
    await approve(world, 'general-manager', writeOff.approvalId);
    expect(await cardOf(world, gasket)).toMatchObject({ quantity: 0, valueMinor: 0 });

    await purchase(world, seal, 20, 3_000); // 78 seals, ¥2,340: over the branch manager's ¥2,000
    const scrap = expectStatus(
      await world.as('warehouse-keeper').post('/stock-adjustments', {
        kind: 'scrap',
        reason: 'rusted',
        lines: [{ itemCode: seal, quantity: 78 }],
      }),
      201,
    ).body;
    const overLimit = await world
      .as('branch-manager')
      .post(`/approvals/${scrap.approvalId}/approve`, {});
    expect(overLimit.status).toBe(403);
    expect(overLimit.body.detail).toContain('general-manager may');
    await approve(world, 'general-manager', scrap.approvalId, 'scrap it');
    expect(await cardOf(world, seal)).toMatchObject({ quantity: 0, valueMinor: 0 });
  });
});
