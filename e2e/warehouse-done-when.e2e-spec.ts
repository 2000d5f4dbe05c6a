import { waitFor } from '@freight/testing';
import {
  approve,
  gatePass,
  inspectedNotice,
  qcClearance,
  receiveFinishedGoods,
} from './warehouse-support';
import {
  cardOf,
  catalogueItem,
  expectStatus,
  pdfText,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

// Issue 24 "Done when", end to end through the gateway with the real scheduler and a fake clock:
// a sale from QC clearance to gate pass to the signed issue list back; an after-sales
// replacement whose old part comes back late and the fine that follows; a provisional receipt
// reversed when the invoice arrives.
describe('issue 24 done when', () => {
  let world: WarehouseWorld;
  const pump = {
    code: uniqueCode('FG-PMP'),
    name: '离心泵 Centrifugal pump',
    specification: 'DN50, 1.5 kW',
    unitPriceMinor: 125_000,
  };
  const steel = uniqueCode('RM-STL');

  beforeAll(async () => {
    world = await startWarehouseWorld({ scheduler: true, start: '2025-03-20T02:00:00Z' });
    await catalogueItem(
      world,
      {
        code: pump.code,
        name: pump.name,
        specification: pump.specification,
        category: 'finished-goods',
      },
      { standardPriceMinor: 125_000, minimumPriceMinor: 160_000 },
    );
    await catalogueItem(world, {
      code: steel,
      name: '不锈钢板 Stainless steel sheet',
      category: 'raw-material',
      unit: 'kg',
    });
    await receiveFinishedGoods(world, pump, 10);
  }, 300_000);
  afterAll(() => world?.stop());

  it('R29: a sale from QC clearance to the gate pass to the signed issue list back at the warehouse, then finance', async () => {
    const clearance = await qcClearance(world, pump.code, 2);
    const sale = expectStatus(
      await world.as('sales').post('/sales', {
        kind: 'contract',
        buyer: { name: '浦东精密零件有限公司', customerId: 'CUST-SH-0002' },
        lines: [
          {
            itemCode: pump.code,
            quantity: 2,
            unitPriceMinor: 170_000,
            qcClearanceId: clearance.id,
          },
        ],
      }),
      201,
    ).body;
    const pass = await gatePass(world, 'sale', sale.id, {
      kind: 'paid',
      receiptNo: 'RC-0320-1',
      amountMinor: 340_000,
    });
    expectStatus(
      await world.as('warehouse-keeper').post(`/sales/${sale.id}/issue`, { gatePassId: pass.id }),
      200,
    );
    const printed = await world.as('gate-guard').file(`/gate-passes/${pass.id}/pdf`);
    expect(printed).toMatchObject({ status: 200, contentType: 'application/pdf' });
    const text = pdfText(printed.bytes);
    expect(text).toContain(`出门证Gatepass${pass.id}`);
    expect(text).toContain('提货联');
    expect(text).toContain('门卫联');
    expectStatus(
      await world
        .as('gate-guard')
        .post('/gate-exits', { gatePassId: pass.id, vehicle: '沪A·12345', description: '2 pumps' }),
      201,
    );
    expectStatus(
      await world.as('warehouse-keeper').post(`/sales/${sale.id}/signed-issue-list`, {
        signedBy: { name: '张敏' },
        signedOn: '2025-03-21',
        stamped: true,
        quantitiesMatch: true,
      }),
      200,
    );
    const done = expectStatus(
      await world.as('finance').post(`/sales/${sale.id}/issue-list-handover`, {}),
      200,
    ).body;
    expect(done).toMatchObject({
      status: 'left-the-gate',
      gatePassId: pass.id,
      issueList: { signedBy: { name: '张敏' } },
    });
    expect(done.issueList.handedToFinanceAt).not.toBeNull();
    const settled = expectStatus(
      await world
        .as('finance')
        .post(`/sales/${sale.id}/settlement`, { invoiceNo: '044031900111', amountMinor: 340_000 }),
      200,
    ).body;
    expect(settled.settlement).toMatchObject({ invoiceNo: '044031900111', late: false });
    expect(await cardOf(world, pump.code)).toMatchObject({ quantity: 8 });
  });

  it('R32/R38: an after-sales replacement whose old part comes back late, and the fine that follows', async () => {
    const r = expectStatus(
      await world.as('sales').post('/replacements', {
        customer: { name: '华阳精细化工(上海)有限公司', customerId: 'CUST-SH-0001' },
        itemCode: pump.code,
        quantity: 1,
        oldPart: { itemCode: pump.code, serialNo: 'P50-2023-1187' },
        reason: 'bearing failure within warranty',
        newGoesFirst: true,
      }),
      201,
    ).body;
    await approve(world, 'general-manager', r.approvalId);
    const pass = await gatePass(world, 'replacement', r.id);
    const shipped = expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/replacements/${r.id}/issue`, { gatePassId: pass.id }),
      200,
    ).body;
    expect(shipped).toMatchObject({
      status: 'shipped-awaiting-old-part',
      oldPartDueAt: '2025-03-31T16:00:00.000Z',
    });

    world.clock.set('2025-04-03T02:00:00Z'); // the month is over; the old part is not back
    const fined = await waitFor(
      async () => {
        const view = (await world.as('sales').get(`/replacements/${r.id}`)).body;
        return view.fineIds.length > 0 && view;
      },
      { timeoutMs: 60_000, description: 'the fine for the old part' },
    );
    expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/replacements/${r.id}/old-part`, { condition: 'bearing seized' }),
      200,
    );

    const march = expectStatus(
      await world.as('branch-manager').get('/warehouse-fines?month=2025-03&username=sales'),
      200,
    ).body.items[0];
    expect(march.lines.filter((l: { subject: { id: string } }) => l.subject.id === r.id)).toEqual([
      expect.objectContaining({
        id: fined.fineIds[0],
        clause: '4.4',
        reason: 'old-part-late',
        amountMinor: 1_000,
        subject: { type: 'replacement', id: r.id },
      }),
    ]);
    expect(march.lines[0].explanation).toContain('the old part was not back by the end of 2025-03');
    const after = expectStatus(await world.as('sales').get(`/replacements/${r.id}`), 200).body;
    expect(after.status).toBe('completed');
  });

  it('R35: a provisional receipt reversed when the invoice arrives — provisional, red, real in the ledger', async () => {
    const p = await inspectedNotice(world, steel, 500);
    expectStatus(
      await world.as('warehouse-keeper').post(`/purchase-receipts/${p.id}/receipt`, {
        provisional: { basis: 'market', lines: [{ itemCode: steel, unitPriceMinor: 2_500 }] },
      }),
      200,
    );
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 500, valueMinor: 1_250_000 });
    world.clock.set('2025-04-15T02:00:00Z');
    expectStatus(
      await world.as('finance').post(`/purchase-receipts/${p.id}/invoice`, {
        invoiceNo: '31002500077',
        invoiceDate: '2025-04-14',
        lines: [{ itemCode: steel, unitPriceMinor: 2_460 }],
      }),
      200,
    );
    const ledger = expectStatus(
      await world.as('finance').get(`/stock/ledger?itemCode=${steel}`),
      200,
    ).body.items;
    expect(
      ledger.map((m: Record<string, unknown>) => [
        m.entry,
        m.quantity,
        m.valueMinor,
        m.balanceValueMinor,
        m.memo,
      ]),
    ).toEqual([
      ['provisional', 500, 1_250_000, 1_250_000, '暂估入库 (market price)'],
      ['red-reversal', -500, -1_250_000, 0, '冲2025年4月3日暂估'],
      ['normal', 500, 1_230_000, 1_230_000, '宝钢不锈'],
    ]);
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 500, valueMinor: 1_230_000 });
  });
});
