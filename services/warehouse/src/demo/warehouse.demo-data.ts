import type { DemoDataContext } from '@freight/platform';
import { ReturnHandlers } from '../returns/return.handlers';
import { QcClearanceHandler } from '../sales/qc-clearance.handler';
import { SaleHandlers } from '../sales/sale.handlers';
import { CreateItemHandler, SetItemPricesHandler } from '../stock/items.handlers';
import { Item } from '../stock/item.entity';
import { localDate } from '../shared/warehouse-time';
import { customer, demoMaterials, startOfMonth } from './demo-materials';
import { DEMO_ITEMS } from './demo-items';
import { as, daysAgo, demoDesk, on, who } from './demo-helpers';

/**
 * The warehouse's demo month (issue 24 item 13), through the use cases so every ledger line,
 * approval, deadline and fine is real: the catalogue with finance's prices; a month of receipts,
 * sales, a return, counts; an open entrusted requisition due at the end of this month; an old
 * part not yet back. Idempotent: items are skipped when present, the month only runs on an
 * empty SH01 ledger.
 */
export async function seedWarehouseDemo(ctx: DemoDataContext): Promise<void> {
  const items = ctx.get(CreateItemHandler);
  const prices = ctx.get(SetItemPricesHandler);
  for (const { standardPriceMinor, minimumPriceMinor, ...item } of DEMO_ITEMS) {
    if (await ctx.dataSource.manager.existsBy(Item, { code: item.code })) continue;
    await items.handle({ ...item, specification: item.specification }, as('warehouse-keeper'));
    if (standardPriceMinor)
      await prices.handle(item.code, { standardPriceMinor, minimumPriceMinor }, as('finance'));
  }
  const [{ moved }] = await ctx.dataSource.query(
    "SELECT EXISTS (SELECT 1 FROM stock_movement WHERE branch = 'SH01') AS moved",
  );
  if (moved) return;
  await demoMonth(ctx, ctx.clock.now());
  ctx.logger.log('warehouse demo month in place');
}

async function demoMonth(ctx: DemoDataContext, now: Date) {
  const desk = demoDesk(ctx);
  const sales = ctx.get(SaleHandlers);
  const qc = ctx.get(QcClearanceHandler);
  const day = (n: number, hour = 10) => daysAgo(now, n, hour);
  const keeper = as('warehouse-keeper');

  // purchases come first: everything later this month draws on them
  const early = (hour: number) =>
    new Date(
      Math.min(day(28, hour).getTime(), startOfMonth(now).getTime() - (12 - hour) * 3_600_000),
    );
  await on(early(8), () => desk.bought('SH01', 'RM-STL-0304', 2_000, 2_400, '宝钢不锈'));
  await on(early(9), () => desk.bought('SH01', 'SP-SEAL-050', 200, 3_000, '宁波密封件厂'));
  await on(early(10), () => desk.bought('SH01', 'SP-BRG-6205', 300, 1_250, '瓦房店轴承'));
  await on(early(11), () => desk.bought('SH01', 'RM-STL-0045', 600, 1_000, '沙钢'));
  const pallets = await on(day(26), () =>
    desk.bought('SH01', 'PK-PLT-1210', 100, 8_500, '昆山木业', true),
  );
  await on(day(25), () =>
    desk.finishedGoods(
      'SH01',
      'FG-PMP-0150',
      20,
      125_000,
      '离心泵 Centrifugal pump',
      'DN50, 1.5 kW',
    ),
  );
  await on(day(20), () =>
    desk.finishedGoods(
      'SH01',
      'FG-PMP-0080',
      30,
      68_000,
      '小型离心泵 Small centrifugal pump',
      'DN25, 0.75 kW',
    ),
  );
  await on(day(18), () =>
    desk.finishedGoods(
      'GZ01',
      'FG-PMP-0150',
      8,
      125_000,
      '离心泵 Centrifugal pump',
      'DN50, 1.5 kW',
    ),
  );

  // R29/R33: a contract sale all the way — cleared, slip, pass, issued, out, signed list back, settled
  const sell = async (
    branch: string,
    kind: 'contract' | 'retail',
    code: string,
    quantity: number,
    price: number,
    buyer: ReturnType<typeof customer>,
  ) => {
    const clearance = await qc.handle(
      { branch, itemCode: code, quantity, result: 'passed', reportNo: `QC-${code}-${quantity}` },
      as('qc-inspector', branch),
    );
    return sales.raise(
      {
        branch,
        kind,
        buyer,
        lines: [{ itemCode: code, quantity, unitPriceMinor: price, qcClearanceId: clearance.id }],
      },
      as('sales', branch),
    );
  };
  const shipped = async (
    branch: string,
    saleId: string,
    payment: Parameters<typeof desk.gate.issuePass>[0]['payment'],
  ) => {
    const pass = await desk.gate.issuePass(
      { branch, document: { type: 'sale', id: saleId }, payment },
      as('finance', branch),
    );
    await sales.issue(saleId, pass.id, as('warehouse-keeper', branch));
    await desk.gate.recordExit(
      { branch, gatePassId: pass.id, vehicle: '沪A·D1234' },
      who('gate-guard', branch),
    );
  };
  const first = await on(day(22), () =>
    sell('SH01', 'contract', 'FG-PMP-0150', 4, 170_000, customer('CUST-SH-0002')),
  );
  await on(day(22, 14), () =>
    shipped('SH01', first.id, { kind: 'arranged', reference: 'HT-2025-031' }),
  );
  await on(day(19), () =>
    sales.signedListBack(
      first.id,
      {
        signedBy: { name: '张敏', title: 'buyer' },
        signedOn: localDate(day(20)),
        stamped: true,
        quantitiesMatch: true,
      },
      keeper,
    ),
  );
  await on(day(18, 16), () => sales.handOver(first.id, as('finance')));
  await on(day(16), () =>
    sales.settle(first.id, { invoiceNo: 'INV-DEMO-0001', amountMinor: 680_000 }, as('finance')),
  );
  await on(day(15), () =>
    desk.finishedGoods(
      'SH01',
      'FG-PMP-0150',
      15,
      125_000,
      '离心泵 Centrifugal pump',
      'DN50, 1.5 kW',
    ),
  );

  // R30: retail below the company minimum, approved by the general manager, paid first
  const retail = await on(day(12), () =>
    sell('SH01', 'retail', 'FG-PMP-0150', 1, 150_000, customer('CUST-SH-0003')),
  );
  await on(day(12, 11), () =>
    desk.approve(retail.priceApprovalId!, 'general-manager', 'long-standing customer; once only'),
  );
  await on(day(12, 15), () =>
    shipped('SH01', retail.id, { kind: 'paid', receiptNo: 'RC-DEMO-01', amountMinor: 150_000 }),
  );
  await on(day(11), () => desk.invoiceArrives(pallets.id, 'PK-PLT-1210', 8_200)); // R35: red reversal + real receipt

  // R31: one pump of the first sale comes back, QC passes it, booked back in
  const returns = ctx.get(ReturnHandlers);
  const returned = await on(day(10), () =>
    returns.raise(
      {
        branch: 'SH01',
        saleId: first.id,
        buyer: customer('CUST-SH-0002'),
        returnedOn: localDate(day(10)),
        lines: [{ itemCode: 'FG-PMP-0150', quantity: 1, reason: 'wrong flange' }],
      },
      as('sales'),
    ),
  );
  await on(day(10, 14), () =>
    returns.inspect(returned.id, { result: 'passed', reportNo: 'QC-RT-01' }, as('qc-inspector')),
  );
  await on(day(10, 15), () => returns.bookBack(returned.id, keeper));

  // an open contract sale: issued, not settled, the signed issue list still out (R33 clock running)
  const open = await on(day(8), () =>
    sell('SH01', 'contract', 'FG-PMP-0080', 6, 90_000, customer('CUST-SH-0001')),
  );
  await on(day(8, 14), () =>
    shipped('SH01', open.id, { kind: 'arranged', reference: 'HT-2025-044' }),
  );
  const gz = await on(day(9), () =>
    sell('GZ01', 'contract', 'FG-PMP-0150', 2, 170_000, customer('CUST-GZ-0001')),
  );
  await on(day(9, 14), () =>
    shipped('GZ01', gz.id, { kind: 'paid', receiptNo: 'RC-GZ-07', amountMinor: 340_000 }),
  );

  // R38 4.3: a pallet load went out without a gate pass — 50 for the guard
  await on(day(6), () =>
    desk.gate.recordExit(
      { branch: 'SH01', vehicle: '沪B·77777', description: '2 pallets of bearings' },
      who('gate-guard'),
    ),
  );

  await demoMaterials(ctx, now);
}
