import { receiveFinishedGoods, qcClearance } from './warehouse-support';
import {
  cardOf,
  catalogueItem,
  expectStatus,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

describe('R29/R30 outbound for sale, through the gateway', () => {
  let world: WarehouseWorld;
  const pump = { code: uniqueCode('FG-PMP'), name: 'Centrifugal pump', unitPriceMinor: 125_000 };

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(
      world,
      { code: pump.code, name: pump.name, category: 'finished-goods' },
      { standardPriceMinor: 125_000, minimumPriceMinor: 160_000 },
    );
    await receiveFinishedGoods(world, pump, 20);
  }, 240_000);
  afterAll(() => world?.stop());

  const raiseSale = async (
    kind: 'contract' | 'retail',
    quantity: number,
    unitPriceMinor: number,
  ) => {
    const clearance = await qcClearance(world, pump.code, quantity);
    return expectStatus(
      await world.as('sales').post('/sales', {
        kind,
        buyer: { name: '浦东精密零件有限公司', customerId: 'CUST-SH-0002' },
        lines: [{ itemCode: pump.code, quantity, unitPriceMinor, qcClearanceId: clearance.id }],
      }),
      201,
    ).body;
  };

  it('R29: QC clears → sales slip and issue list → gate pass once arranged → issued → gate → signed list back → finance', async () => {
    const sale = await raiseSale('contract', 4, 170_000);
    expect(sale).toMatchObject({
      status: 'awaiting-gate-pass',
      totalMinor: 680_000,
      issueList: { no: sale.id.replace('SL-', 'IL-') },
    });

    const unpaid = await world
      .as('finance')
      .post('/gate-passes', { document: { type: 'sale', id: sale.id } });
    expect(unpaid.status).toBe(409);
    expect(unpaid.body.type).toBe('urn:freight:problem:sale-not-paid');

    const noPass = await world
      .as('warehouse-keeper')
      .post(`/sales/${sale.id}/issue`, { gatePassId: 'GP-SH01-999999' });
    expect(noPass.status).toBe(409);

    const pass = expectStatus(
      await world.as('finance').post('/gate-passes', {
        document: { type: 'sale', id: sale.id },
        payment: { kind: 'arranged', reference: 'contract HT-2025-031' },
      }),
      201,
    ).body;
    expect(pass).toMatchObject({
      status: 'issued',
      basis: 'arranged',
      lines: [{ itemCode: pump.code, quantity: 4 }],
    });

    const early = await world
      .as('gate-guard')
      .post('/gate-exits', { gatePassId: pass.id, vehicle: '沪A·12345' });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:freight:problem:goods-not-issued');

    const issued = expectStatus(
      await world.as('warehouse-keeper').post(`/sales/${sale.id}/issue`, { gatePassId: pass.id }),
      200,
    ).body;
    expect(issued.status).toBe('issued');
    expect(await cardOf(world, pump.code)).toMatchObject({ quantity: 16, valueMinor: 2_000_000 });

    const exit = expectStatus(
      await world
        .as('gate-guard')
        .post('/gate-exits', { gatePassId: pass.id, vehicle: '沪A·12345' }),
      201,
    ).body;
    expect(exit).toMatchObject({
      status: 'with-pass',
      withoutGatePass: false,
      guard: { username: 'gate-guard' },
      fineId: null,
    });
    const twice = await world.as('gate-guard').post('/gate-exits', { gatePassId: pass.id });
    expect(twice.body.type).toBe('urn:freight:problem:gate-pass-used');

    const back = expectStatus(
      await world.as('warehouse-keeper').post(`/sales/${sale.id}/signed-issue-list`, {
        signedBy: { name: '张敏' },
        signedOn: '2025-03-12',
        stamped: true,
        quantitiesMatch: true,
      }),
      200,
    ).body;
    expect(back.issueList).toMatchObject({ signedBy: { name: '张敏' }, stamped: true });
    const withFinance = expectStatus(
      await world.as('finance').post(`/sales/${sale.id}/issue-list-handover`, {}),
      200,
    ).body;
    expect(withFinance.issueList.handedToFinanceAt).not.toBeNull();
    const settled = expectStatus(
      await world
        .as('finance')
        .post(`/sales/${sale.id}/settlement`, { invoiceNo: 'INV-1', amountMinor: 680_000 }),
      200,
    ).body;
    expect(settled).toMatchObject({ status: 'left-the-gate', settlement: { late: false } });
    expect(settled.trail.map((t: { step: string }) => t.step)).toEqual([
      'raised',
      'gate-pass-issued',
      'issued',
      'left-the-gate',
      'signed-issue-list-back',
      'issue-list-with-finance',
      'settled',
    ]);
    // each step names who took it: the goods left with the guard who checked the pass
    const leftBy = settled.trail.find((t: { step: string }) => t.step === 'left-the-gate').by;
    expect(leftBy).toMatchObject({ username: 'gate-guard' });
  });

  it('R30: a retail sale is paid before release, and below the company minimum only with the general manager', async () => {
    const sale = await raiseSale('retail', 1, 150_000);
    expect(sale).toMatchObject({
      status: 'awaiting-price-approval',
      lines: [{ belowMinimum: true }],
    });
    const early = await world.as('finance').post('/gate-passes', {
      document: { type: 'sale', id: sale.id },
      payment: { kind: 'paid', receiptNo: 'RC-1', amountMinor: 150_000 },
    });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('general manager has not approved');

    expectStatus(
      await world.as('branch-manager').post(`/approvals/${sale.priceApprovalId}/approve`),
      403,
    );
    const approved = expectStatus(
      await world
        .as('general-manager')
        .post(`/approvals/${sale.priceApprovalId}/approve`, { note: 'old customer' }),
      200,
    ).body;
    expect(approved).toMatchObject({
      kind: 'below-minimum-price',
      amountMinor: 10_000,
      decidedBy: { role: 'general-manager' },
    });

    const arranged = await world.as('finance').post('/gate-passes', {
      document: { type: 'sale', id: sale.id },
      payment: { kind: 'arranged', reference: 'later' },
    });
    expect(arranged.body.detail).toContain('retail sale is paid before');
    const short = await world.as('finance').post('/gate-passes', {
      document: { type: 'sale', id: sale.id },
      payment: { kind: 'paid', receiptNo: 'RC-2', amountMinor: 100_000 },
    });
    expect(short.body.type).toBe('urn:freight:problem:sale-not-paid');
    expectStatus(
      await world.as('finance').post('/gate-passes', {
        document: { type: 'sale', id: sale.id },
        payment: { kind: 'paid', receiptNo: 'RC-3', amountMinor: 150_000 },
      }),
      201,
    );
  });

  it('R29: goods QC has not cleared cannot go on an outbound slip', async () => {
    const refused = await world.as('sales').post('/sales', {
      kind: 'contract',
      buyer: { name: 'X' },
      lines: [
        {
          itemCode: pump.code,
          quantity: 1,
          unitPriceMinor: 170_000,
          qcClearanceId: 'QC-SH01-999999',
        },
      ],
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: 'urn:freight:problem:qc-not-cleared',
      errors: [{ field: 'lines[0].qcClearanceId' }],
    });
  });

  it('R38: goods leaving without a gate pass cost the guard 50, and the warehouse is told at once', async () => {
    const exit = expectStatus(
      await world
        .as('gate-guard')
        .post('/gate-exits', { vehicle: '沪B·77777', description: 'a pallet of pumps' }),
      201,
    ).body;
    expect(exit).toMatchObject({ status: 'without-pass', withoutGatePass: true });
    const fines = expectStatus(
      await world.as('branch-manager').get('/warehouse-fines?month=2025-03&username=gate-guard'),
      200,
    ).body;
    expect(fines.items[0]).toMatchObject({ person: { username: 'gate-guard' }, totalMinor: 5_000 });
    expect(fines.items[0].lines[0]).toMatchObject({
      id: exit.fineId,
      clause: '4.3',
      reason: 'left-without-gate-pass',
    });
  });
});
