import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError, NotFoundProblem, type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import type { Approval } from '../approvals/approval.entity';
import { Approvals } from '../approvals/approvals';
import { DeadlineActions } from '../escalations/deadline-actions';
import { Sale } from '../sales/sale.entity';
import { lineAmount, qty, shareOf } from '../shared/amounts';
import { formStep, newForm, recordStep, saveForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { FormStateConflict, requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { endOfMonth, localDate, monthOfDate } from '../shared/warehouse-time';
import { loadItems } from '../stock/items.handlers';
import { book, StockLedger } from '../stock/stock-ledger';
import { issueValue } from '../stock/valuation.rules';
import { armBooking, booked } from './returns.deadlines';
import { ReturnSlip, returnView } from './return-slip.entity';
import { decidedOnForm } from '../shared/form-followups';

type NewReturn = z.output<typeof WarehouseHttp.newReturnBody>;
type Inspection = z.output<typeof WarehouseHttp.returnInspectionBody>;
type HandlingReport = z.output<typeof WarehouseHttp.handlingReportBody>;
type Accounting = z.output<typeof WarehouseHttp.returnAccountingBody>;

export class ReturnNotInspected extends DomainError {
  constructor(r: ReturnSlip) {
    super(
      409,
      'return-not-inspected',
      `${r.id}: returned goods are booked back only after QC has inspected them (R31)`,
    );
  }
}

/** R31: returns — QC first; quality problems to the general manager, then finance. */
@Injectable()
export class ReturnHandlers implements OnModuleInit {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly deadlines: DeadlineActions,
    private readonly ledger: StockLedger,
    private readonly clock: WarehouseClock,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['quality-return'], { decided: (a, tx) => this.instructed(a, tx) });
    this.deadlines.on('return-slip', {
      escalated: async (e, tx) => {
        const r = await tx.lock(ReturnSlip, { id: e.subject.id });
        if (r.bookedAt) return;
        recordStep(
          r,
          `booking-overdue-${e.role}`,
          { userId: 'scheduler', username: 'scheduler', role: e.role },
          new Date(e.raisedAt),
        );
        await saveForm(tx, r);
      },
    });
  }

  raise(body: NewReturn, by: Staff) {
    return this.transactions.run(async (tx) => {
      await loadItems(
        tx,
        body.lines.map((l) => l.itemCode),
      );
      if (body.saleId) await this.checkAgainstSale(tx, body);
      const now = this.clock.now();
      const r = tx.manager.create(ReturnSlip, {
        ...newForm(
          await nextFormNumber(tx.manager, 'RT', body.branch),
          body.branch,
          'awaiting-inspection',
          by,
          now,
        ),
        saleId: body.saleId ?? null,
        buyer: { name: body.buyer.name, customerId: body.buyer.customerId ?? null },
        returnedOn: body.returnedOn,
        lines: body.lines,
        inspection: null,
        handlingReport: null,
        approvalId: null,
        bookedAt: null,
        bookedLate: false,
        accounting: null,
      });
      await tx.manager.insert(ReturnSlip, r);
      await tx.publish(armBooking(r));
      return returnView(r);
    });
  }

  inspect(id: string, body: Inspection, by: Staff) {
    return this.step(id, async (r, _tx, now) => {
      requireStatus(r, ['awaiting-inspection'], 'inspect');
      r.inspection = {
        result: body.result,
        reportNo: body.reportNo,
        findings: body.findings ?? null,
        by,
        at: now.toISOString(),
      };
      r.status = body.result === 'passed' ? 'ready-to-book' : 'awaiting-handling-report';
      recordStep(r, `inspection-${body.result}`, by, now, body.reportNo);
    });
  }

  /** A quality problem: sales reports how to handle it, for the general manager's instruction. */
  report(id: string, body: HandlingReport, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      requireStatus(r, ['awaiting-handling-report'], 'report on the quality problem');
      const value = await this.valueOf(tx, r);
      const approval = await this.approvals.request(tx, {
        branch: r.branch,
        kind: 'quality-return',
        subject: { type: 'return-slip', id: r.id },
        summary: `${r.id}: ${r.buyer.name} returned goods with a quality problem (${r.inspection!.reportNo}); proposed: ${body.disposition}`,
        amountMinor: value.reduce((a, b) => a + b, 0),
        requestedBy: by,
        at: now,
      });
      r.handlingReport = { ...body, by, at: now.toISOString() };
      r.approvalId = approval.id;
      r.status = 'awaiting-approval';
      recordStep(r, 'handling-report', by, now, body.disposition);
    });
  }

  /** The keeper books the goods back in, valued as they left (R31). */
  bookBack(id: string, by: Staff) {
    return this.step(id, async (r, tx, now) => {
      if (r.status === 'awaiting-inspection') throw new ReturnNotInspected(r);
      requireStatus(r, ['ready-to-book'], 'book the goods back');
      const values = await this.valueOf(tx, r);
      await book(this.ledger, tx, {
        branch: r.branch,
        document: { type: 'return-slip', id: r.id },
        documentDate: localDate(now),
        bookedAt: now,
        bookedBy: by,
        lines: r.lines.map((l, i) => ({
          itemCode: l.itemCode,
          kind: 'return-in',
          quantity: qty(l.quantity),
          valueMinor: values[i],
          memo: `${r.buyer.name}: ${l.reason}`,
          documentLine: i,
        })),
      });
      r.bookedAt = now;
      r.bookedLate = now >= endOfMonth(monthOfDate(r.returnedOn));
      r.status = 'booked';
      recordStep(r, 'booked', by, now);
      await tx.publish(booked(r));
    });
  }

  /** Finance records how the quality return was accounted for (R31 "交财务帐务处理"). */
  account(id: string, body: Accounting, by: Staff) {
    return this.step(id, async (r, _tx, now) => {
      requireStatus(r, ['booked'], 'account for it');
      if (!r.handlingReport)
        throw new FormStateConflict(
          r.id,
          'a return without a quality problem',
          'account for it separately',
        );
      r.accounting = { reference: body.reference, by, at: now.toISOString() };
      r.status = 'accounted';
      recordStep(r, 'accounted', by, now, body.reference);
    });
  }

  private async instructed(approval: Approval, tx: Tx) {
    await decidedOnForm(
      tx,
      ReturnSlip,
      approval,
      (r, approved) => (r.status = approved ? 'ready-to-book' : 'awaiting-handling-report'),
      `instruction-${approval.status}`,
    );
  }

  /** Each line at the unit cost it left with on the sale, else the card's average (R31). */
  private async valueOf(tx: Tx, r: ReturnSlip): Promise<number[]> {
    const cards = await this.ledger.cards(
      tx,
      r.branch,
      r.lines.map((l) => l.itemCode),
    );
    const issued: { item_code: string; q: string; v: string }[] = r.saleId
      ? await tx.manager.query(
          `SELECT item_code, -sum(quantity) AS q, -sum(value_minor) AS v FROM stock_movement
            WHERE document_id = $1 AND kind = 'sale-issue' GROUP BY item_code`,
          [r.saleId],
        )
      : [];
    const items = await loadItems(
      tx,
      r.lines.map((l) => l.itemCode),
    );
    return r.lines.map((l) => {
      const sold = issued.find((s) => s.item_code === l.itemCode);
      if (sold) return shareOf(Number(sold.v), l.quantity, sold.q);
      const card = cards.get(l.itemCode);
      if (card?.quantity.isPositive()) return issueValue(card, new Decimal(l.quantity));
      return lineAmount(l.quantity, Number(items.get(l.itemCode)!.standardPriceMinor ?? 0));
    });
  }

  private async checkAgainstSale(tx: Tx, body: NewReturn) {
    const sale = await tx.manager.findOneBy(Sale, { id: body.saleId });
    if (!sale || sale.branch !== body.branch)
      throw new NotFoundProblem(`no sale ${body.saleId} in ${body.branch}`);
    if (!sale.issuedAt)
      throw new FormStateConflict(sale.id, sale.status, 'take goods back that never left');
    for (const line of body.lines)
      if (!sale.lines.some((s) => s.itemCode === line.itemCode && line.quantity <= s.quantity))
        throw new FormStateConflict(
          sale.id,
          'issued',
          `take back ${line.quantity} × ${line.itemCode}`,
          'not on the sale in that quantity',
        );
  }

  private step(id: string, work: (r: ReturnSlip, tx: Tx, now: Date) => Promise<void>) {
    return formStep(this.transactions, this.clock, ReturnSlip, 'return', returnView)(id, work);
  }
}
