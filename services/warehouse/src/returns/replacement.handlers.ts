import { Injectable } from '@nestjs/common';
import { type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import { Approvals } from '../approvals/approvals';
import { GatePasses } from '../gate/gate-passes';
import { lineAmount, qty, yuan } from '../shared/amounts';
import { formStep, newForm, recordStep } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { endOfMonth, monthOf } from '../shared/warehouse-time';
import { loadItems } from '../stock/items.handlers';
import { StockLedger } from '../stock/stock-ledger';
import { issueValue } from '../stock/valuation.rules';
import { Replacement, replacementView } from './replacement.entity';
import { armOldPart, oldPartBack } from './returns.deadlines';

type NewReplacement = z.output<typeof WarehouseHttp.newReplacementBody>;
type OldPartBody = z.output<typeof WarehouseHttp.oldPartBody>;

/**
 * R32 after-sales replacement: the general manager approves; old for new — the old part comes
 * first, or, when the new one goes first, back within the month (R38 4.4 otherwise).
 */
@Injectable()
export class ReplacementHandlers {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly ledger: StockLedger,
    private readonly gatePasses: GatePasses,
    private readonly clock: WarehouseClock,
  ) {}

  request(body: NewReplacement, by: Staff) {
    return this.transactions.run(async (tx) => {
      const items = await loadItems(tx, [body.itemCode, body.oldPart.itemCode]);
      const card = (await this.ledger.cards(tx, body.branch, [body.itemCode])).get(body.itemCode);
      const estimate = card?.quantity.isPositive()
        ? issueValue(card, new Decimal(body.quantity))
        : lineAmount(body.quantity, Number(items.get(body.itemCode)!.standardPriceMinor ?? 0));
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'RP', body.branch);
      const approval = await this.approvals.request(tx, {
        branch: body.branch,
        kind: 'after-sales-replacement',
        subject: { type: 'replacement', id },
        summary: `${id}: replace ${body.quantity} × ${body.itemCode} for ${body.customer.name} (${yuan(estimate)}), ${body.newGoesFirst ? 'new part first' : 'old part first'}`,
        amountMinor: estimate,
        requestedBy: by,
        at: now,
      });
      const r = tx.manager.create(Replacement, {
        ...newForm(id, body.branch, 'awaiting-approval', by, now),
        customer: { name: body.customer.name, customerId: body.customer.customerId ?? null },
        itemCode: body.itemCode,
        quantity: String(body.quantity),
        oldPart: {
          itemCode: body.oldPart.itemCode,
          serialNo: body.oldPart.serialNo ?? null,
          description: body.oldPart.description ?? null,
          returnedAt: null,
          receivedBy: null,
          condition: null,
        },
        reason: body.reason,
        newGoesFirst: body.newGoesFirst,
        approvalId: approval.id,
        gatePassId: null,
        shippedAt: null,
        itemValueMinor: null,
        oldPartDueAt: null,
        fineIds: [],
      });
      await tx.manager.insert(Replacement, r);
      return replacementView(r);
    });
  }

  /** The keeper sends the new item against the gate pass; the old part's month starts (R32). */
  ship(id: string, gatePassId: string, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(r, ['ready-to-ship'], 'ship the new item');
      const [moved] = await this.gatePasses.issueGoods(
        tx,
        { type: 'replacement', id, branch: r.branch },
        gatePassId,
        [
          {
            itemCode: r.itemCode,
            kind: 'after-sales-issue',
            quantity: qty(r.quantity).negated(),
            memo: `${r.customer.name}: ${r.reason}`,
            documentLine: 0,
          },
        ],
        by,
        now,
      );
      r.shippedAt = now;
      r.itemValueMinor = String(-moved.valueMinor);
      recordStep(r, 'shipped', by, now, gatePassId);
      if (r.oldPart.returnedAt) {
        r.status = 'completed';
        return;
      }
      r.status = 'shipped-awaiting-old-part';
      r.oldPartDueAt = endOfMonth(monthOf(now));
      await tx.publish(armOldPart(r, now));
    });
  }

  /** The old part is back and booked back to the warehouse (退库手续). */
  oldPartReturned(id: string, body: OldPartBody, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(
        r,
        ['awaiting-old-part', 'shipped-awaiting-old-part'],
        'take the old part back',
      );
      r.oldPart = {
        ...r.oldPart,
        serialNo: body.serialNo ?? r.oldPart.serialNo,
        condition: body.condition ?? null,
        returnedAt: now.toISOString(),
        receivedBy: by,
      };
      recordStep(r, 'old-part-back', by, now, body.condition);
      if (r.status === 'awaiting-old-part') {
        r.status = 'ready-to-ship';
        return;
      }
      r.status = 'completed';
      await tx.publish(oldPartBack(r));
    });
  }

  private step(id: string, work: (r: Replacement, tx: Tx, now: Date) => Promise<void>) {
    return formStep(
      this.transactions,
      this.clock,
      Replacement,
      'replacement',
      replacementView,
    )(id, work);
  }
}
