import ExcelJS from 'exceljs';
import { purchase } from './warehouse-support';
import {
  catalogueItem,
  expectStatus,
  outboxEvents,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

describe('R38 assessment fines and the approvals behind them, through the gateway', () => {
  let world: WarehouseWorld;
  const seal = uniqueCode('SP-SEAL');

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(world, { code: seal, category: 'spare-part', name: 'Mechanical seal' });
    await purchase(world, seal, 10, 3_000);
  }, 240_000);
  afterAll(() => world?.stop());

  it('R38: a manager assesses improper receipt (10) and a loss borne; each line explained and published', async () => {
    const receipt = expectStatus(
      await world.as('branch-manager').post('/warehouse-fines', {
        person: { username: 'warehouse-keeper', role: 'warehouse-keeper' },
        reason: 'improper-receipt',
        subject: { type: 'count-sheet', id: 'CS-SH01-000004' },
        explanation: 'twelve seals on the shelf with no inbound slip',
      }),
      201,
    ).body;
    expect(receipt).toMatchObject({
      clause: '4.1',
      measure: 'fine',
      amountMinor: 1_000,
      assessedBy: { username: 'branch-manager' },
    });
    expect(receipt.explanation).toContain('twelve seals on the shelf');

    const fixed = await world.as('branch-manager').post('/warehouse-fines', {
      person: { username: 'warehouse-keeper' },
      reason: 'improper-receipt',
      subject: { type: 'x', id: 'y' },
      explanation: 'e',
      lossMinor: 99_999,
    });
    expect(fixed.status).toBe(400);
    expect(fixed.body.errors).toEqual([
      { field: 'lossMinor', message: 'the rule sets this amount (R38)' },
    ]);
    expectStatus(await world.as('warehouse-keeper').post('/warehouse-fines', {}), 403);

    expectStatus(
      await world.as('general-manager').post('/warehouse-fines', {
        branch: 'SH01',
        person: { username: 'qc-inspector', role: 'qc-inspector' },
        reason: 'inspection-loss',
        subject: { type: 'return-slip', id: 'RT-SH01-000002' },
        explanation: 'a cracked housing passed the outgoing inspection; the customer was refunded',
        lossMinor: 80_000,
      }),
      201,
    );
    const published = await outboxEvents(world, 'warehouse.fine.assessed');
    expect(published.map((e) => e.clause).sort()).toEqual(['4.1', '4.7']);
  });

  it('R38: the monthly list per person, and the same as a spreadsheet for payroll', async () => {
    const list = expectStatus(await world.as('finance').get('/warehouse-fines?month=2025-03'), 200)
      .body.items;
    expect(
      list.map((p: { person: { username: string }; totalMinor: number }) => [
        p.person.username,
        p.totalMinor,
      ]),
    ).toEqual([
      ['qc-inspector', 80_000],
      ['warehouse-keeper', 1_000],
    ]);
    const sheet = await world
      .as('finance')
      .file('/warehouse-fines/sheet?month=2025-03&format=xlsx');
    expect(sheet.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.bytes as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 6)).toEqual([
      '分部 branch',
      '当事人 person',
      '条款 clause',
      '事由 reason',
      '金额 amount (¥)',
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[5]])).toEqual([
      ['qc-inspector', '4.7', 800],
      ['warehouse-keeper', '4.1', 10],
    ]);
  });

  it('R27–R37: every approval records who decided and when, and the gateway audits it', async () => {
    const adjustment = expectStatus(
      await world.as('warehouse-keeper').post('/stock-adjustments', {
        kind: 'scrap',
        reason: 'cracked',
        lines: [{ itemCode: seal, quantity: 1 }],
      }),
      201,
    ).body;
    const decided = expectStatus(
      await world
        .as('branch-manager')
        .post(`/approvals/${adjustment.approvalId}/approve`, { note: 'seen it' }),
      200,
    ).body;
    expect(decided).toMatchObject({
      status: 'approved',
      decidedBy: { username: 'branch-manager', role: 'branch-manager' },
      decidedAt: '2025-03-10T02:00:00.000Z',
      note: 'seen it',
    });
    const audit = expectStatus(
      await world
        .as('admin')
        .get(
          `/audit?action=${encodeURIComponent('POST /api/v1/approvals/:id/approve')}&target=${adjustment.approvalId}`,
        ),
      200,
    ).body.items;
    expect(audit).toEqual([
      expect.objectContaining({
        outcome: 'succeeded',
        status: 200,
        actor: expect.objectContaining({ username: 'branch-manager' }),
      }),
    ]);
    const policy = expectStatus(await world.as('sales').get('/approval-policy'), 200).body.items;
    expect(policy.find((p: { kind: string }) => p.kind === 'stock-adjustment').approvers).toEqual([
      { role: 'branch-manager', upToMinor: 200_000 },
      { role: 'general-manager', upToMinor: null },
    ]);
  });
});
