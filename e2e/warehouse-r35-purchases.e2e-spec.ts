import {
  cardOf,
  catalogueItem,
  expectStatus,
  startWarehouseWorld,
  uniqueCode,
  WarehouseWorld,
} from './warehouse-world';
import { inspectedNotice, purchase } from './warehouse-support';

describe('R35 purchased materials, through the gateway', () => {
  let world: WarehouseWorld;
  const steel = uniqueCode('RM-STL');

  beforeAll(async () => {
    world = await startWarehouseWorld();
    await catalogueItem(world, {
      code: steel,
      category: 'raw-material',
      name: 'Stainless steel sheet',
      specification: '304, 2 mm',
      unit: 'kg',
    });
  }, 240_000);
  afterAll(() => world?.stop());

  const notice = (quantity: number) => inspectedNotice(world, steel, quantity);

  it('R35: received against the acceptance notice only after QC stamped it', async () => {
    const p = expectStatus(
      await world.as('warehouse-keeper').post('/purchase-receipts', {
        noticeNo: 'YS-1',
        supplier: 'S',
        purchaser: '王芳',
        lines: [{ itemCode: steel, quantity: 1 }],
      }),
      201,
    ).body;
    const early = await world.as('warehouse-keeper').post(`/purchase-receipts/${p.id}/receipt`, {
      invoice: {
        invoiceNo: 'X',
        invoiceDate: '2025-03-10',
        lines: [{ itemCode: steel, unitPriceMinor: 100 }],
      },
    });
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('urn:freight:problem:form-state');
  });

  it('R35: without an invoice, a provisional receipt; the invoice brings a red reversal and the real receipt — the ledger shows all three and the card is right after each', async () => {
    await purchase(world, steel, 100, 2_400); // 100 kg on the card at ¥24.00
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 100, valueMinor: 240_000 });

    const p = await notice(500);
    const market = await world
      .as('warehouse-keeper')
      .post(`/purchase-receipts/${p.id}/receipt`, { provisional: { basis: 'market' } });
    expect(market.status).toBe(422);
    const provisional = expectStatus(
      await world
        .as('warehouse-keeper')
        .post(`/purchase-receipts/${p.id}/receipt`, { provisional: { basis: 'book' } }),
      200,
    ).body;
    expect(provisional).toMatchObject({
      status: 'provisional',
      provisional: { basis: 'book', lines: [{ unitPriceMinor: 2_400, amountMinor: 1_200_000 }] },
    });
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 600, valueMinor: 1_440_000 });

    world.clock.advance(20 * 86_400_000);
    const invoiced = expectStatus(
      await world.as('finance').post(`/purchase-receipts/${p.id}/invoice`, {
        invoiceNo: '31002500001',
        invoiceDate: '2025-03-29',
        lines: [{ itemCode: steel, unitPriceMinor: 2_460 }],
      }),
      200,
    ).body;
    expect(invoiced).toMatchObject({
      status: 'received',
      receipt: { invoiceNo: '31002500001', lines: [{ amountMinor: 1_230_000 }] },
    });
    expect(await cardOf(world, steel)).toMatchObject({ quantity: 600, valueMinor: 1_470_000 });

    const ledger = expectStatus(
      await world.as('finance').get(`/stock/ledger?documentId=${p.id}`),
      200,
    ).body.items;
    expect(
      ledger.map((m: Record<string, unknown>) => [
        m.entry,
        m.quantity,
        m.valueMinor,
        m.balanceQuantity,
        m.balanceValueMinor,
      ]),
    ).toEqual([
      ['provisional', 500, 1_200_000, 600, 1_440_000],
      ['red-reversal', -500, -1_200_000, 100, 240_000],
      ['normal', 500, 1_230_000, 600, 1_470_000],
    ]);
    expect(ledger[1]).toMatchObject({ reversesSeq: ledger[0].seq, memo: '冲2025年3月10日暂估' });
  });

  it('R35: only a provisional receipt is reversed — an invoiced one is refused and nothing is written', async () => {
    const received = await purchase(world, steel, 10, 2_500);
    const before = await cardOf(world, steel);
    const refused = await world.as('finance').post(`/purchase-receipts/${received.id}/invoice`, {
      invoiceNo: 'again',
      invoiceDate: '2025-03-30',
      lines: [{ itemCode: steel, unitPriceMinor: 1 }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: 'urn:freight:problem:not-provisional' });
    expect(refused.body.detail).toContain('only a provisional receipt is reversed');
    expect(await cardOf(world, steel)).toEqual(before);
  });
});
