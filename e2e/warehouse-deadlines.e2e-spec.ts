import { waitFor } from '@freight/testing';
import {
  approve,
  gatePass,
  purchase,
  qcClearance,
  receiveFinishedGoods,
} from './warehouse-support';
import {
  catalogueItem,
  expectStatus,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';

// The warehouse's month deadlines on the real scheduler and a fake clock (R31–R34, R38, R39):
// armed in the transaction that starts each clock, escalating at the month's end and a month
// later, acted on by the warehouse (fines, marks, alerts), cancelled when the work is done.
describe('R32, R33, R34 and R38: month deadlines that escalate and fine', () => {
  let world: WarehouseWorld;
  const pump = { code: uniqueCode('FG-PMP'), name: 'Centrifugal pump', unitPriceMinor: 125_000 };
  const steel = uniqueCode('RM-STL');
  const ids: Record<string, string> = {};

  const fineLines = async (month: string, username: string) =>
    (expectStatus(
      await world.as('general-manager').get(`/warehouse-fines?month=${month}&username=${username}`),
      200,
    ).body.items[0]?.lines ?? []) as {
      reason: string;
      amountMinor: number;
      subject: { id: string };
      explanation: string;
    }[];
  const linesFor = async (month: string, username: string, subjectId: string) =>
    (await fineLines(month, username)).filter((l) => l.subject.id === subjectId);
  const deadline = async (type: string, id: string, suffix: string) =>
    (
      expectStatus(
        await world.as('general-manager').get(`/deadlines?subjectType=${type}&subjectId=${id}`),
        200,
      ).body.items as { id: string; state: string }[]
    ).find((d) => d.id.endsWith(suffix));
  const replacement = async (newGoesFirst: boolean) => {
    const r = expectStatus(
      await world.as('sales').post('/replacements', {
        customer: { name: '浦东精密零件有限公司' },
        itemCode: pump.code,
        quantity: 1,
        oldPart: { itemCode: pump.code },
        reason: 'warranty',
        newGoesFirst,
      }),
      201,
    ).body;
    await approve(world, 'general-manager', r.approvalId);
    const pass = await gatePass(world, 'replacement', r.id);
    return expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/replacements/${r.id}/issue`, { gatePassId: pass.id }),
      200,
    ).body;
  };

  beforeAll(async () => {
    world = await startWarehouseWorld({ scheduler: true, start: '2025-03-20T02:00:00Z' });
    await catalogueItem(
      world,
      { code: pump.code, name: pump.name, category: 'finished-goods' },
      { standardPriceMinor: 125_000 },
    );
    await catalogueItem(world, {
      code: steel,
      category: 'raw-material',
      name: 'Steel bar',
      unit: 'kg',
    });
    await receiveFinishedGoods(world, pump, 10);
    await purchase(world, steel, 100, 1_000);

    ids.late = (await replacement(true)).id;
    ids.lost = (await replacement(true)).id;
    const clearance = await qcClearance(world, pump.code, 2);
    const sale = expectStatus(
      await world.as('sales').post('/sales', {
        kind: 'contract',
        buyer: { name: '华阳精细化工' },
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
    const pass = await gatePass(world, 'sale', sale.id, { kind: 'arranged', reference: 'HT-9' });
    expectStatus(
      await world.as('warehouse-keeper').post(`/sales/${sale.id}/issue`, { gatePassId: pass.id }),
      200,
    );
    ids.sale = sale.id;
    for (const key of ['entrusted', 'confirmed']) {
      const e = expectStatus(
        await world.as('workshop-director').post('/entrusted-requisitions', {
          processor: '昆山精工热处理厂',
          requestedAt: '2025-03-20T01:00:00Z',
          purpose: 'heat treatment',
          requester: { name: '陈强' },
          lines: [
            {
              category: 'raw-material',
              itemCode: steel,
              name: 'Steel bar',
              specification: '',
              unit: 'kg',
              quantity: 10,
              unitPriceMinor: 1_000,
              amountMinor: 10_000,
            },
          ],
        }),
        201,
      ).body;
      await approve(world, 'workshop-director', e.approvalId);
      const ep = await gatePass(world, 'entrusted-requisition', e.id);
      expectStatus(
        await world
          .as('warehouse-keeper')
          .post(`/entrusted-requisitions/${e.id}/issue`, { gatePassId: ep.id }),
        200,
      );
      ids[key] = e.id;
    }
    // every clock is on the scheduler before time moves
    await waitFor(
      async () =>
        (await deadline('entrusted-requisition', ids.confirmed, ':year-end'))?.state === 'armed',
      { timeoutMs: 60_000, description: 'the deadlines armed' },
    );
  }, 300_000);
  afterAll(() => world?.stop());

  it('R32/R38: the old part not back by the end of the month costs the after-sales person 10; back later, the clock stops', async () => {
    world.clock.set('2025-03-31T16:00:01Z'); // 1 April 00:00:01 in Shanghai
    const [fine] = await waitFor(
      async () =>
        (await linesFor('2025-03', 'sales', ids.late)).length > 0 &&
        linesFor('2025-03', 'sales', ids.late),
      {
        timeoutMs: 60_000,
        description: 'the old-part fine',
      },
    );
    expect(fine).toMatchObject({ reason: 'old-part-late', amountMinor: 1_000 });
    expect(fine.explanation).toContain('not back by the end of 2025-03');
    const fined = expectStatus(await world.as('sales').get(`/replacements/${ids.late}`), 200).body;
    expect(fined).toMatchObject({
      status: 'shipped-awaiting-old-part',
      fineIds: [expect.any(String)],
    });

    world.clock.set('2025-04-05T02:00:00Z');
    expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/replacements/${ids.late}/old-part`, { condition: 'worn' }),
      200,
    );
    await waitFor(
      async () => (await deadline('replacement', ids.late, ':old-part'))?.state === 'completed',
      { timeoutMs: 60_000, description: 'the old-part deadline completed' },
    );
  });

  it('R33/R38: unsettled at the month end is 10 for the salesperson; the signed issue list not back, 5', async () => {
    const lines = await waitFor(
      async () => {
        const l = await linesFor('2025-03', 'sales', ids.sale);
        return l.length === 2 && l;
      },
      { timeoutMs: 60_000, description: 'the settlement and issue-list fines' },
    );
    expect(lines.map((l) => [l.reason, l.amountMinor]).sort()).toEqual([
      ['incomplete-outbound', 500],
      ['late-settlement', 1_000],
    ]);
    expect(
      expectStatus(await world.as('sales').get(`/sales/${ids.sale}`), 200).body.overdue.sort(),
    ).toEqual(['settlement', 'signed-issue-list']);
  });

  it('R34: entrusted material not back within the month is marked and reported; a written confirmation stops the year-end clock', async () => {
    await waitFor(
      async () =>
        (
          await world.as('workshop-director').get(`/entrusted-requisitions/${ids.entrusted}`)
        ).body.overdue.includes('month'),
      {
        timeoutMs: 60_000,
        description: 'the month mark',
      },
    );
    expectStatus(
      await world
        .as('workshop-director')
        .post(`/entrusted-requisitions/${ids.confirmed}/processor-confirmation`, {
          letterRef: 'HAN-2025-04-02',
          confirmedBy: { name: '刘洋', title: '厂长' },
          confirmedOn: '2025-04-05',
        }),
      200,
    );
    await waitFor(
      async () =>
        (await deadline('entrusted-requisition', ids.confirmed, ':year-end'))?.state ===
        'completed',
      { timeoutMs: 60_000, description: 'year-end deadline completed' },
    );
  });

  it('R32/R33/R38: a month later — the product’s value for the old part still out, the salary held for the unsettled sale', async () => {
    world.clock.set('2025-04-30T16:00:01Z'); // 1 May in Shanghai: the second month is over
    const [value] = await waitFor(
      async () => {
        const l = (await linesFor('2025-04', 'sales', ids.lost)).filter(
          (x) => x.reason === 'old-part-not-recovered',
        );
        return l.length > 0 && l;
      },
      { timeoutMs: 60_000, description: "the old part's value" },
    );
    expect(value.amountMinor).toBe(125_000);
    const held = await waitFor(
      async () => {
        const people = expectStatus(
          await world.as('finance').get('/warehouse-fines?month=2025-04&username=sales'),
          200,
        ).body.items;
        return people[0]?.salaryHeld && people[0];
      },
      { timeoutMs: 60_000, description: 'salary held' },
    );
    expect(held.lines.map((l: { reason: string }) => l.reason)).toEqual(
      expect.arrayContaining(['settlement-past-two-months', 'old-part-not-recovered']),
    );
    expect(await linesFor('2025-04', 'sales', ids.late)).toEqual([]);
    await waitFor(
      async () =>
        (
          await world.as('general-manager').get(`/entrusted-requisitions/${ids.entrusted}`)
        ).body.overdue.includes('two-months'),
      {
        timeoutMs: 60_000,
        description: 'the two-months mark',
      },
    );

    const settled = expectStatus(
      await world
        .as('finance')
        .post(`/sales/${ids.sale}/settlement`, { invoiceNo: 'INV-LATE', amountMinor: 340_000 }),
      200,
    ).body;
    expect(settled.settlement.late).toBe(true);
    await waitFor(
      async () => (await deadline('sale', ids.sale, ':settlement'))?.state === 'completed',
      { timeoutMs: 60_000, description: 'the settlement deadline completed' },
    );
  });
});
