import {
  cardOf,
  catalogueItem,
  expectStatus,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

describe('R27 inbound of finished goods, through the gateway', () => {
  let world: WarehouseWorld;
  const pump = uniqueCode('FG-PMP');

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(
      world,
      {
        code: pump,
        category: 'finished-goods',
        name: 'Centrifugal pump',
        specification: 'DN50, 1.5 kW',
      },
      { standardPriceMinor: 125_000 },
    );
  }, 240_000);
  afterAll(() => world?.stop());

  const line = (extra: object = {}) => ({
    drawingNo: pump,
    name: 'Centrifugal pump',
    specification: 'DN50, 1.5 kW',
    quantity: 12,
    unitPriceMinor: 125_000,
    amountMinor: 1_500_000,
    labourHours: 36,
    ...extra,
  });

  it('R27: signed by the workshop director, stamped by QC, checked by the keeper — then in stock at finance’s ex-tax price', async () => {
    const raised = expectStatus(
      await world.as('workshop-director').post('/inbound-slips', {
        receivingUnit: '一车间',
        slipDate: '2025-03-10',
        lines: [line()],
      }),
      201,
    ).body;
    expect(raised).toMatchObject({
      branch: 'SH01',
      status: 'raised',
      directorSignature: null,
      inspection: null,
    });

    expectStatus(
      await world.as('general-manager').post(`/approvals/${raised.approvalId}/approve`),
      403,
    );
    const signed = expectStatus(
      await world.as('workshop-director').post(`/approvals/${raised.approvalId}/approve`, {}),
      200,
    );
    expect(signed.body).toMatchObject({
      status: 'approved',
      decidedBy: { username: 'workshop-director' },
    });
    expectStatus(
      await world.as('qc-inspector').post(`/inbound-slips/${raised.id}/inspection`, {
        result: 'passed',
        reportNo: 'QC-0310-1',
      }),
      200,
    );
    const received = expectStatus(
      await world.as('warehouse-keeper').post(`/inbound-slips/${raised.id}/receipt`, {
        goodsChecked: true,
        certificateChecked: true,
        countedQuantities: [12],
      }),
      200,
    ).body;
    expect(received).toMatchObject({
      status: 'received',
      directorSignature: { by: { username: 'workshop-director' } },
    });
    expect(received.trail.map((t: { step: string }) => t.step)).toEqual([
      'raised',
      'signed',
      'inspection-passed',
      'received',
    ]);
    expect(await cardOf(world, pump)).toMatchObject({ quantity: 12, valueMinor: 1_500_000 });
  });

  it('R27: incomplete paperwork is refused with the missing items named, and nothing comes in', async () => {
    const { labourHours: _omit, ...withoutHours } = line({ quantity: 5, amountMinor: 625_000 });
    const raised = expectStatus(
      await world
        .as('workshop-director')
        .post('/inbound-slips', { slipDate: '2025-03-10', lines: [withoutHours] }),
      201,
    ).body;
    const before = await cardOf(world, pump);
    const refused = await world.as('warehouse-keeper').post(`/inbound-slips/${raised.id}/receipt`, {
      goodsChecked: true,
      certificateChecked: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('urn:freight:problem:paperwork-incomplete');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'receivingUnit',
      'lines[0].labourHours',
      'directorSignature',
      'inspection',
      'certificateChecked',
    ]);
    expect(await cardOf(world, pump)).toEqual(before);
    expect(
      (await world.as('warehouse-keeper').get(`/inbound-slips/${raised.id}`)).body.status,
    ).toBe('raised');
  });
});
