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

describe('R34 entrusted processing, through the gateway', () => {
  let world: WarehouseWorld;
  const steel = uniqueCode('RM-STL');
  const shaft = uniqueCode('RM-SHF');

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(world, {
      code: steel,
      category: 'raw-material',
      name: 'Steel bar',
      specification: '45#, Ø40',
      unit: 'kg',
    });
    await catalogueItem(world, {
      code: shaft,
      category: 'raw-material',
      name: 'Pump shaft blank',
      specification: 'heat treated',
      unit: 'pcs',
    });
    await purchase(world, steel, 300, 1_000);
  }, 240_000);
  afterAll(() => world?.stop());

  const requisition = (extra: object = {}) => ({
    processor: '昆山精工热处理厂',
    requestedAt: '2025-03-10T01:30:00Z',
    purpose: 'turn and heat-treat pump shafts',
    requester: { name: '陈强', title: '昆山精工' },
    lines: [
      {
        category: 'raw-material',
        itemCode: steel,
        name: 'Steel bar',
        specification: '45#, Ø40',
        unit: 'kg',
        quantity: 200,
        unitPriceMinor: 1_000,
        amountMinor: 200_000,
      },
    ],
    ...extra,
  });

  it('R34: the requisition carries every field of the form and is checked against the catalogue', async () => {
    const wrong = await world.as('workshop-director').post(
      '/entrusted-requisitions',
      requisition({
        lines: [
          {
            category: 'raw-material',
            itemCode: steel,
            name: 'Steel',
            specification: '45#, Ø40',
            unit: 'kg',
            quantity: 200,
            unitPriceMinor: 1_000,
            amountMinor: 100,
          },
        ],
      }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'lines[0].name',
      'lines[0].amountMinor',
    ]);
    const missing = await world
      .as('workshop-director')
      .post('/entrusted-requisitions', { ...requisition(), requester: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('requester');
  });

  it('R34: out on the requisition (approver, gate pass, issuer); back against it at fee + material; the shortfall on a compensation list the processor signs', async () => {
    const r = expectStatus(
      await world.as('workshop-director').post('/entrusted-requisitions', requisition()),
      201,
    ).body;
    expect(r).toMatchObject({
      status: 'awaiting-approval',
      requester: { name: '陈强' },
      approver: null,
      issuer: null,
    });
    await approve(world, 'workshop-director', r.approvalId);
    const pass = await gatePass(world, 'entrusted-requisition', r.id);
    const issued = expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/entrusted-requisitions/${r.id}/issue`, { gatePassId: pass.id }),
      200,
    ).body;
    expect(issued).toMatchObject({
      status: 'at-processor',
      approver: { username: 'workshop-director' },
      issuer: { username: 'warehouse-keeper' },
      dueAt: '2025-03-31T16:00:00.000Z',
      lines: [{ issuedValueMinor: 200_000, outstandingQuantity: 200 }],
    });
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 100 });

    const tooMuch = await world
      .as('warehouse-keeper')
      .post(`/entrusted-requisitions/${r.id}/returns`, {
        lines: [
          {
            materialItemCode: steel,
            materialQuantity: 250,
            productItemCode: shaft,
            productQuantity: 50,
            processingFeeMinor: 1,
          },
        ],
      });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.type).toBe('urn:freight:problem:exceeds-outstanding');

    const back = expectStatus(
      await world.as('warehouse-keeper').post(`/entrusted-requisitions/${r.id}/returns`, {
        invoiceNo: 'FP-88120',
        lines: [
          {
            materialItemCode: steel,
            materialQuantity: 190,
            productItemCode: shaft,
            productQuantity: 38,
            processingFeeMinor: 76_000,
          },
        ],
      }),
      200,
    ).body;
    expect(back.returns[0].lines[0]).toMatchObject({
      materialCostMinor: 190_000,
      processingFeeMinor: 76_000,
      costMinor: 266_000,
    });
    expect(await cardOf(world, shaft)).toMatchObject({ quantity: 38, valueMinor: 266_000 });
    expect(back.status).toBe('at-processor');

    const closed = expectStatus(
      await world.as('warehouse-keeper').post(`/entrusted-requisitions/${r.id}/compensation-list`, {
        lines: [
          { itemCode: steel, quantity: 10, cause: 'processing-scrap', compensationMinor: 10_000 },
        ],
        signedBy: { name: '陈强', title: '昆山精工' },
        signedOn: '2025-03-20',
      }),
      200,
    ).body;
    expect(closed).toMatchObject({
      status: 'closed',
      lines: [{ returnedQuantity: 190, compensatedQuantity: 10, outstandingQuantity: 0 }],
    });
    expect(closed.compensationLists[0]).toMatchObject({
      totalMinor: 10_000,
      signedBy: { name: '陈强' },
    });
    const alerts = await outboxEvents(world, 'warehouse.alert.raised');
    expect(alerts).toContainEqual(
      expect.objectContaining({ kind: 'compensation-list-signed', roles: ['finance'] }),
    );
    const cancels = await outboxEvents(world, 'scheduler.deadline.cancel');
    expect(cancels.map((c) => c.deadlineId)).toEqual(
      expect.arrayContaining([
        `entrusted-requisition:${r.id}:month`,
        `entrusted-requisition:${r.id}:year-end`,
      ]),
    );
  });
});
