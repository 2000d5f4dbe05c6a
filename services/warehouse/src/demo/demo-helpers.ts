import type { Actor, DemoDataContext } from '@freight/platform';
import { DateTime } from 'luxon';
import { DecideApprovalHandler } from '../approvals/decide-approval.handler';
import { GateHandlers } from '../gate/gate.handlers';
import { InboundSlipHandlers } from '../inbound/inbound.handlers';
import { PurchaseHandlers } from '../purchases/purchase.handlers';
import { WarehouseClock } from '../shared/warehouse-clock';
import { staffOf } from '../shared/staff';
import { localDate, WAREHOUSE_ZONE } from '../shared/warehouse-time';

const HQ = ['general-manager', 'hq-service', 'admin'];

/** The demo user of a role (the gateway seeds one per role: username = role). */
export const who = (role: string, branch = 'SH01'): Actor => ({
  userId: `demo:${role}`,
  username: role,
  role,
  branch: HQ.includes(role) ? 'HQ' : branch,
});
export const as = (role: string, branch = 'SH01') => staffOf(who(role, branch));

/** `n` days before now at `hour` o'clock in Shanghai, never later than an hour ago. */
export function daysAgo(now: Date, n: number, hour = 10): Date {
  const at = DateTime.fromJSDate(now, { zone: WAREHOUSE_ZONE })
    .minus({ days: n })
    .set({ hour, minute: 0, second: 0, millisecond: 0 });
  return new Date(Math.min(at.toMillis(), now.getTime() - 3_600_000));
}

/** Runs one demo step through the real use cases, dated `at`. */
export const on = <T>(at: Date, step: () => Promise<T>) => WarehouseClock.at(at, step);

/** The use cases the demo month goes through. */
export function demoDesk(ctx: DemoDataContext) {
  const approvals = ctx.get(DecideApprovalHandler);
  const inbound = ctx.get(InboundSlipHandlers);
  const purchases = ctx.get(PurchaseHandlers);
  const clock = ctx.get(WarehouseClock);
  return {
    approve: (id: string, role: string, note?: string) =>
      approvals.handle(id, 'approved', who(role), note),
    gate: ctx.get(GateHandlers),

    /** R27: a batch of finished goods through signature, QC and the keeper's check. */
    async finishedGoods(
      branch: string,
      code: string,
      quantity: number,
      unitPriceMinor: number,
      name: string,
      specification: string,
    ) {
      const slip = await inbound.raise(
        {
          branch,
          receivingUnit: '一车间',
          slipDate: localDate(clock.now()),
          lines: [
            {
              drawingNo: code,
              name,
              specification,
              quantity,
              unitPriceMinor,
              amountMinor: quantity * unitPriceMinor,
              labourHours: quantity * 3,
            },
          ],
        },
        as('workshop-director', branch),
      );
      await approvals.handle(slip.approvalId, 'approved', who('workshop-director', branch));
      await inbound.inspect(
        slip.id,
        { result: 'passed', reportNo: `QC-${slip.id}` },
        as('qc-inspector', branch),
      );
      return inbound.receive(
        slip.id,
        { goodsChecked: true, certificateChecked: true },
        as('warehouse-keeper', branch),
      );
    },

    /** R35: bought material received against its invoice, or provisionally at the market price. */
    async bought(
      branch: string,
      code: string,
      quantity: number,
      unitPriceMinor: number,
      supplier: string,
      provisional = false,
    ) {
      const keeper = as('warehouse-keeper', branch);
      const notice = await purchases.raise(
        {
          branch,
          noticeNo: `YS-${code}-${quantity}`,
          supplier,
          purchaser: '王芳',
          lines: [{ itemCode: code, quantity }],
        },
        keeper,
      );
      await purchases.inspect(
        notice.id,
        { result: 'passed', reportNo: `QC-${notice.id}` },
        as('qc-inspector', branch),
      );
      const lines = [{ itemCode: code, unitPriceMinor }];
      return purchases.receive(
        notice.id,
        provisional
          ? { provisional: { basis: 'market', lines } }
          : {
              invoice: { invoiceNo: `FP-${notice.id}`, invoiceDate: localDate(clock.now()), lines },
            },
        keeper,
      );
    },

    /** R35: the invoice of a provisional receipt arrives. */
    invoiceArrives: (id: string, code: string, unitPriceMinor: number) =>
      purchases.invoiced(
        id,
        {
          invoiceNo: `FP-${id}`,
          invoiceDate: localDate(clock.now()),
          lines: [{ itemCode: code, unitPriceMinor }],
        },
        as('finance'),
      ),
  };
}
