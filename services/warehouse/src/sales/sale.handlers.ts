import { Injectable } from '@nestjs/common';
import { type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import { Approvals } from '../approvals/approvals';
import { GatePasses } from '../gate/gate-passes';
import { qty, sumMinor, yuan } from '../shared/amounts';
import { formStep, newForm, recordStep, saveForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { FormStateConflict, requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { endOfMonth, monthOf } from '../shared/warehouse-time';
import { loadItems } from '../stock/items.handlers';
import { QcClearance } from './qc-clearance.entity';
import { armSaleDeadlines, issueListBack, settled } from './sale.deadlines';
import { Sale, saleView } from './sale.entity';
import { belowMinimumBy, IssueListMismatch, saleLines } from './sale.rules';

type NewSale = z.output<typeof WarehouseHttp.newSaleBody>;
type SignedList = z.output<typeof WarehouseHttp.signedIssueListBody>;
type Settlement = z.output<typeof WarehouseHttp.settlementBody>;

/** R29/R30/R33: a sale from QC's clearance to the signed issue list and the settlement. */
@Injectable()
export class SaleHandlers {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly gatePasses: GatePasses,
    private readonly clock: WarehouseClock,
  ) {}

  /** Sales raises the outbound slip and issue list on goods QC cleared (R29). */
  raise(body: NewSale, by: Staff) {
    return this.transactions.run(async (tx) => {
      const items = await loadItems(
        tx,
        body.lines.map((l) => l.itemCode),
      );
      const clearances = await this.clearances(
        tx,
        body.lines.map((l) => l.qcClearanceId),
      );
      const lines = saleLines(body.branch, body.kind, body.lines, clearances, items);
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'SL', body.branch);
      for (const line of lines) {
        const c = clearances.get(line.qcClearanceId)!;
        c.remaining = qty(c.remaining).minus(line.quantity).toString();
        if (new Decimal(c.remaining).isZero()) c.status = 'used-up';
        await saveForm(tx, c);
      }
      const below = belowMinimumBy(lines, items);
      const approval =
        below > 0
          ? await this.approvals.request(tx, {
              branch: body.branch,
              kind: 'below-minimum-price',
              subject: { type: 'sale', id },
              summary: `Retail sale ${id} to ${body.buyer.name} is ${yuan(below)} below the company minimum`,
              amountMinor: below,
              requestedBy: by,
              at: now,
            })
          : null;
      const sale = tx.manager.create(Sale, {
        ...newForm(
          id,
          body.branch,
          approval ? 'awaiting-price-approval' : 'awaiting-gate-pass',
          by,
          now,
        ),
        kind: body.kind,
        buyer: {
          name: body.buyer.name,
          customerId: body.buyer.customerId ?? null,
          contact: body.buyer.contact ?? null,
          phone: body.buyer.phone ?? null,
        },
        lines,
        totalMinor: String(sumMinor(lines.map((l) => l.amountMinor))),
        note: body.note ?? null,
        priceApprovalId: approval?.id ?? null,
        gatePassId: null,
        issueList: {
          no: id.replace(/^SL-/, 'IL-'),
          signedBy: null,
          signedOn: null,
          stamped: null,
          returnedAt: null,
          handedToFinanceAt: null,
        },
        issuedAt: null,
        leftAt: null,
        settlement: null,
        overdue: [],
      });
      await tx.manager.insert(Sale, sale);
      return saleView(sale);
    });
  }

  /** The keeper issues against the gate pass's pickup copy; the month's clocks start (R33). */
  issue(id: string, gatePassId: string, by: Staff) {
    return this.step(id, async (sale, tx, now) => {
      requireStatus(sale, ['gate-pass-issued'], 'issue the goods');
      await this.gatePasses.issueGoods(
        tx,
        { type: 'sale', id, branch: sale.branch },
        gatePassId,
        sale.lines.map((l, i) => ({
          itemCode: l.itemCode,
          kind: 'sale-issue',
          quantity: qty(l.quantity).negated(),
          memo: `${sale.buyer.name} · ${sale.issueList.no}`,
          documentLine: i,
        })),
        by,
        now,
      );
      sale.status = 'issued';
      sale.issuedAt = now;
      recordStep(sale, 'issued', by, now, gatePassId);
      await tx.publish(armSaleDeadlines(sale, now));
    });
  }

  /** The buyer-signed issue list is back at the warehouse and checked (R29). */
  signedListBack(id: string, body: SignedList, by: Staff) {
    return this.step(id, async (sale, tx, now) => {
      requireStatus(sale, ['issued', 'left-the-gate'], 'take the signed issue list back');
      if (sale.issueList.returnedAt)
        throw new FormStateConflict(id, 'back with its signed issue list', 'take it back twice');
      if (!body.quantitiesMatch) throw new IssueListMismatch(sale);
      sale.issueList = {
        ...sale.issueList,
        signedBy: { name: body.signedBy.name, title: body.signedBy.title ?? null },
        signedOn: body.signedOn,
        stamped: body.stamped,
        returnedAt: now.toISOString(),
      };
      recordStep(sale, 'signed-issue-list-back', by, now, body.signedBy.name);
      await tx.publish(issueListBack(sale));
    });
  }

  /** The warehouse hands the signed list to finance (R29: "返财务部"). */
  handOver(id: string, by: Staff) {
    return this.step(id, async (sale, _tx, now) => {
      if (!sale.issueList.returnedAt || sale.issueList.handedToFinanceAt)
        throw new FormStateConflict(
          id,
          sale.issueList.returnedAt ? 'handed to finance' : 'without its signed issue list',
          'hand the issue list to finance',
        );
      sale.issueList = { ...sale.issueList, handedToFinanceAt: now.toISOString() };
      recordStep(sale, 'issue-list-with-finance', by, now);
    });
  }

  /** R33: finance settles; a settlement after the month the goods left in is marked late. */
  settle(id: string, body: Settlement, by: Staff) {
    return this.step(id, async (sale, tx, now) => {
      requireStatus(sale, ['issued', 'left-the-gate'], 'settle');
      if (sale.settlement) throw new FormStateConflict(id, 'settled', 'settle again');
      const late = now >= endOfMonth(monthOf(sale.issuedAt!));
      sale.settlement = {
        invoiceNo: body.invoiceNo,
        amountMinor: body.amountMinor,
        settledAt: now.toISOString(),
        by,
        late,
      };
      recordStep(sale, 'settled', by, now, body.invoiceNo);
      await tx.publish(settled(sale));
    });
  }

  private step(id: string, work: (sale: Sale, tx: Tx, now: Date) => Promise<void>) {
    return formStep(this.transactions, this.clock, Sale, 'sale', saleView)(id, work);
  }

  private async clearances(tx: Tx, ids: string[]) {
    const unique = [...new Set(ids)];
    const rows = await tx.manager.find(QcClearance, {
      where: unique.map((id) => ({ id })),
      lock: { mode: 'pessimistic_write' },
    });
    return new Map(rows.map((c) => [c.id, c]));
  }
}
