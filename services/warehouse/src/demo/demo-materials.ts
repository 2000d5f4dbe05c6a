import type { DemoDataContext } from '@freight/platform';
import { DEMO_CUSTOMERS } from '@freight/contracts';
import { DateTime } from 'luxon';
import { CountSheetHandlers } from '../counts/count-sheet.handlers';
import { StockAdjustmentHandlers } from '../counts/stock-adjustment.handlers';
import { EntrustedHandlers } from '../entrusted/entrusted.handlers';
import { RequisitionHandlers } from '../requisitions/requisition.handlers';
import { ReplacementHandlers } from '../returns/replacement.handlers';
import { WAREHOUSE_ZONE } from '../shared/warehouse-time';
import { as, daysAgo, demoDesk, on } from './demo-helpers';

// The demo month's materials (issue 24 item 13): production draws into workshop custody (R36),
// a replacement whose old part is not back yet (R32), entrusted steel due at the end of this
// month (R34), and yesterday's count with its approved adjustment (R28).

export const customer = (id: string) => {
  const c = DEMO_CUSTOMERS.find((x) => x.customerId === id)!;
  return {
    name: c.company,
    customerId: c.customerId,
    contact: c.contact.name,
    phone: c.contact.phone,
  };
};

export async function demoMaterials(ctx: DemoDataContext, now: Date) {
  const desk = demoDesk(ctx);
  const day = (n: number, hour = 10) => daysAgo(now, n, hour);
  const keeper = as('warehouse-keeper');

  // R36: production draws steel into 一车间's custody
  const requisitions = ctx.get(RequisitionHandlers);
  const rq = await on(day(20, 9), () =>
    requisitions.raise(
      {
        branch: 'SH01',
        purpose: 'production',
        workshop: '一车间',
        planRef: 'PP-DEMO',
        use: 'pump housings',
        custody: true,
        lines: [{ itemCode: 'RM-STL-0304', quantity: 300 }],
      },
      as('workshop-director'),
    ),
  );
  await on(day(20, 10), () => desk.approve(rq.approvalId, 'workshop-director'));
  await on(day(20, 11), () => requisitions.issue(rq.id, undefined, keeper));

  // R32: a replacement whose new pump went first; the old one is not back yet
  const replacements = ctx.get(ReplacementHandlers);
  const rp = await on(day(3, 9), () =>
    replacements.request(
      {
        branch: 'SH01',
        customer: customer('CUST-SH-0004'),
        itemCode: 'FG-PMP-0150',
        quantity: 1,
        oldPart: { itemCode: 'FG-PMP-0150', serialNo: 'P50-2023-1187' },
        reason: 'bearing failure within warranty',
        newGoesFirst: true,
      },
      as('sales'),
    ),
  );
  await on(day(3, 10), () => desk.approve(rp.approvalId, 'general-manager'));
  const rpPass = await on(day(3, 11), () =>
    desk.gate.issuePass(
      { branch: 'SH01', document: { type: 'replacement', id: rp.id } },
      as('finance'),
    ),
  );
  await on(day(3, 14), () => replacements.ship(rp.id, rpPass.id, keeper));

  // R34: steel bar out for entrusted processing at the start of this month, due at its end
  const entrusted = ctx.get(EntrustedHandlers);
  const monthStart = startOfMonth(now);
  const ep = await on(monthStart, () =>
    entrusted.raise(
      {
        branch: 'SH01',
        processor: '昆山精工热处理厂',
        requestedAt: monthStart.toISOString(),
        purpose: '车削及热处理泵轴 turn and heat-treat pump shafts',
        requester: { name: '陈强', title: '昆山精工 driver' },
        lines: [
          {
            category: 'raw-material',
            itemCode: 'RM-STL-0045',
            name: '圆钢 Steel bar',
            specification: '45#, Ø40',
            unit: 'kg',
            quantity: 200,
            unitPriceMinor: 1_000,
            amountMinor: 200_000,
          },
        ],
      },
      as('workshop-director'),
    ),
  );
  await on(monthStart, () => desk.approve(ep.approvalId, 'workshop-director'));
  const epPass = await on(monthStart, () =>
    desk.gate.issuePass(
      { branch: 'SH01', document: { type: 'entrusted-requisition', id: ep.id } },
      as('finance'),
    ),
  );
  await on(monthStart, () => entrusted.issue(ep.id, epPass.id, keeper));

  // R28: yesterday's count of spare parts found two seals short; the branch manager cleared it
  const sheets = ctx.get(CountSheetHandlers);
  const sheet = await on(day(1, 17), () =>
    sheets.open({ branch: 'SH01', category: 'spare-part', countDate: undefined }, keeper),
  );
  const cards: { item_code: string; quantity: string }[] = await ctx.dataSource.query(
    `SELECT c.item_code, c.quantity FROM stock_card c JOIN item i ON i.code = c.item_code WHERE c.branch = 'SH01' AND i.category = 'spare-part'`,
  );
  const lines = cards.map((c) => ({
    itemCode: c.item_code,
    countedQuantity: Number(c.quantity) - (c.item_code === 'SP-SEAL-050' ? 2 : 0),
  }));
  await on(day(1, 17), () => sheets.count(sheet.id, { lines }, keeper));
  await on(day(1, 18), () => sheets.close(sheet.id, keeper));
  const adjustments = ctx.get(StockAdjustmentHandlers);
  const adjustment = await on(day(1, 18), () =>
    adjustments.raise(
      {
        branch: 'SH01',
        kind: 'count-variance',
        countSheetId: sheet.id,
        reason: 'two seals missing at the count',
      },
      keeper,
    ),
  );
  await on(day(0, 9), () =>
    desk.approve(adjustment.approvalId, 'branch-manager', 'recounted: two seals short'),
  );
}

/** 09:00 on the 1st of this month in Shanghai, or an hour ago on the 1st itself. */
export function startOfMonth(now: Date): Date {
  const first = DateTime.fromJSDate(now, { zone: WAREHOUSE_ZONE })
    .startOf('month')
    .set({ hour: 9 });
  return new Date(Math.min(first.toMillis(), now.getTime() - 3_600_000));
}
