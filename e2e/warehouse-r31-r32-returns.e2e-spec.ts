import { approve, gatePass, qcClearance, receiveFinishedGoods } from './warehouse-support';
import {
  cardOf,
  catalogueItem,
  expectStatus,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

describe('R31 returns and R32 after-sales replacement, through the gateway', () => {
  let world: WarehouseWorld;
  const pump = { code: uniqueCode('FG-PMP'), name: 'Centrifugal pump', unitPriceMinor: 125_000 };
  let saleId: string;

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(
      world,
      { code: pump.code, name: pump.name, category: 'finished-goods' },
      { standardPriceMinor: 125_000 },
    );
    await receiveFinishedGoods(world, pump, 10);
    const clearance = await qcClearance(world, pump.code, 3);
    const sale = expectStatus(
      await world.as('sales').post('/sales', {
        kind: 'contract',
        buyer: { name: '浦东精密零件有限公司' },
        lines: [
          {
            itemCode: pump.code,
            quantity: 3,
            unitPriceMinor: 170_000,
            qcClearanceId: clearance.id,
          },
        ],
      }),
      201,
    ).body;
    const pass = await gatePass(world, 'sale', sale.id, { kind: 'arranged', reference: 'HT-7' });
    expectStatus(
      await world.as('warehouse-keeper').post(`/sales/${sale.id}/issue`, { gatePassId: pass.id }),
      200,
    );
    saleId = sale.id;
  }, 240_000);
  afterAll(() => world?.stop());

  const returned = async (reason: string) =>
    expectStatus(
      await world.as('sales').post('/returns', {
        saleId,
        buyer: { name: '浦东精密零件有限公司' },
        returnedOn: '2025-03-12',
        lines: [{ itemCode: pump.code, quantity: 1, reason }],
      }),
      201,
    ).body;

  it('R31: a return is booked back only after QC inspection, in its month, at the cost it left with', async () => {
    const r = await returned('wrong flange');
    const refused = await world.as('warehouse-keeper').post(`/returns/${r.id}/booking`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:freight:problem:return-not-inspected');
    expect(await cardOf(world, pump.code)).toMatchObject({ quantity: 7 });

    expectStatus(
      await world
        .as('qc-inspector')
        .post(`/returns/${r.id}/inspection`, { result: 'passed', reportNo: 'QC-R1' }),
      200,
    );
    const booked = expectStatus(
      await world.as('warehouse-keeper').post(`/returns/${r.id}/booking`, {}),
      200,
    ).body;
    expect(booked).toMatchObject({ status: 'booked', bookedLate: false });
    expect(await cardOf(world, pump.code)).toMatchObject({ quantity: 8, valueMinor: 1_000_000 });
  });

  it('R31: quality problems go to the general manager, then finance', async () => {
    const r = await returned('seal leaks');
    expectStatus(
      await world.as('qc-inspector').post(`/returns/${r.id}/inspection`, {
        result: 'quality-problem',
        reportNo: 'QC-R2',
        findings: 'worn seal',
      }),
      200,
    );
    const early = await world.as('warehouse-keeper').post(`/returns/${r.id}/booking`, {});
    expect(early.status).toBe(409);
    const reported = expectStatus(
      await world.as('sales').post(`/returns/${r.id}/handling-report`, {
        proposal: 'replace the seal, restock',
        disposition: 'rework',
      }),
      200,
    ).body;
    expect(reported).toMatchObject({ status: 'awaiting-approval' });
    expectStatus(
      await world.as('branch-manager').post(`/approvals/${reported.approvalId}/approve`, {}),
      403,
    );
    await approve(world, 'general-manager', reported.approvalId, 'rework in workshop 1');
    expectStatus(await world.as('warehouse-keeper').post(`/returns/${r.id}/booking`, {}), 200);
    const accounted = expectStatus(
      await world.as('finance').post(`/returns/${r.id}/accounting`, { reference: 'HC-2025-004' }),
      200,
    ).body;
    expect(accounted.status).toBe('accounted');
    expect(accounted.trail.map((t: { step: string }) => t.step)).toEqual([
      'raised',
      'inspection-quality-problem',
      'handling-report',
      'instruction-approved',
      'booked',
      'accounted',
    ]);
  });

  it('R32: an after-sales replacement needs the general manager and is old for new — the old part first', async () => {
    const r = expectStatus(
      await world.as('sales').post('/replacements', {
        customer: { name: '浦东精密零件有限公司' },
        itemCode: pump.code,
        quantity: 1,
        oldPart: { itemCode: pump.code, serialNo: 'P50-1187' },
        reason: 'bearing failure in warranty',
        newGoesFirst: false,
      }),
      201,
    ).body;
    const unapproved = await world
      .as('finance')
      .post('/gate-passes', { document: { type: 'replacement', id: r.id } });
    expect(unapproved.body.detail).toContain('general manager has not approved');
    expectStatus(
      await world.as('branch-manager').post(`/approvals/${r.approvalId}/approve`, {}),
      403,
    );
    await approve(world, 'general-manager', r.approvalId);
    const oldFirst = await world
      .as('finance')
      .post('/gate-passes', { document: { type: 'replacement', id: r.id } });
    expect(oldFirst.status).toBe(409);
    expect(oldFirst.body.detail).toContain('old part comes back first');

    expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/replacements/${r.id}/old-part`, { condition: 'bearing seized' }),
      200,
    );
    const pass = await gatePass(world, 'replacement', r.id);
    expect(pass.basis).toBe('after-sales');
    const shipped = expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/replacements/${r.id}/issue`, { gatePassId: pass.id }),
      200,
    ).body;
    expect(shipped).toMatchObject({
      status: 'completed',
      itemValueMinor: 125_000,
      oldPartDueAt: null,
    });
  });
});
