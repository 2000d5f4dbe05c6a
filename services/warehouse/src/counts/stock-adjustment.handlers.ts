import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError, NotFoundProblem, type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import Decimal from 'decimal.js';
import type { z } from 'zod';
import type { Approval } from '../approvals/approval.entity';
import { Approvals } from '../approvals/approvals';
import { lineAmount, qty, qtyNumber, sumMinor, yuan } from '../shared/amounts';
import { newForm, recordStep, saveForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { localDate } from '../shared/warehouse-time';
import { loadItems } from '../stock/items.handlers';
import { book, StockLedger } from '../stock/stock-ledger';
import { issueValue, type CardBalance } from '../stock/valuation.rules';
import { CountSheet } from './count-sheet.entity';
import { IDLE_DAYS } from './count-sheet.queries';
import {
  StockAdjustment,
  stockAdjustmentView,
  type AdjustmentKind,
} from './stock-adjustment.entity';

type NewAdjustment = z.output<typeof WarehouseHttp.newStockAdjustmentBody>;

export class NothingToAdjust extends DomainError {
  constructor(detail: string) {
    super(409, 'nothing-to-adjust', detail);
  }
}

const KIND_OF: Record<AdjustmentKind, (q: Decimal) => string> = {
  'count-variance': (q) => (q.isPositive() ? 'count-gain' : 'count-loss'),
  scrap: () => 'scrap',
  'idle-write-off': () => 'idle-write-off',
};

/** A gain at the card's average (the item's standard price on an empty card), a loss as issued. */
function estimate(card: CardBalance | undefined, quantity: Decimal, standardPrice: number): number {
  if (quantity.isNegative())
    return card?.quantity.isPositive() ? -issueValue(card, quantity.negated()) : 0;
  if (card?.quantity.isPositive())
    return new Decimal(card.valueMinor)
      .times(quantity)
      .dividedBy(card.quantity)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      .toNumber();
  return lineAmount(quantity, standardPrice);
}

/** R28: variances, scrap and long-idle stock leave (or enter) the books only once approved. */
@Injectable()
export class StockAdjustmentHandlers implements OnModuleInit {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly approvals: Approvals,
    private readonly ledger: StockLedger,
    private readonly clock: WarehouseClock,
  ) {}

  onModuleInit(): void {
    this.approvals.onDecision(['stock-adjustment'], { decided: (a, tx) => this.decided(a, tx) });
  }

  raise(body: NewAdjustment, by: Staff) {
    return this.transactions.run(async (tx) => {
      const wanted =
        body.kind === 'count-variance'
          ? await this.variances(tx, body.countSheetId!, body.branch)
          : await this.writeOff(tx, body);
      const items = await loadItems(
        tx,
        wanted.map((l) => l.itemCode),
      );
      const cards = await this.ledger.cards(
        tx,
        body.branch,
        wanted.map((l) => l.itemCode),
      );
      const lines = wanted.map((l) => ({
        itemCode: l.itemCode,
        quantity: qtyNumber(l.quantity),
        estimatedValueMinor: estimate(
          cards.get(l.itemCode),
          l.quantity,
          Number(items.get(l.itemCode)!.standardPriceMinor ?? 0),
        ),
      }));
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'SA', body.branch);
      const stake = sumMinor(lines.map((l) => Math.abs(l.estimatedValueMinor)));
      const approval = await this.approvals.request(tx, {
        branch: body.branch,
        kind: 'stock-adjustment',
        subject: { type: 'stock-adjustment', id },
        summary: `${id}: ${body.kind} of ${lines.length} item(s), ${yuan(stake)} — ${body.reason}`,
        amountMinor: stake,
        requestedBy: by,
        at: now,
      });
      const adjustment = tx.manager.create(StockAdjustment, {
        ...newForm(id, body.branch, 'awaiting-approval', by, now),
        kind: body.kind,
        countSheetId: body.countSheetId ?? null,
        reason: body.reason,
        lines,
        approvalId: approval.id,
        movementSeqs: [],
      });
      await tx.manager.insert(StockAdjustment, adjustment);
      return stockAdjustmentView(adjustment);
    });
  }

  /** Approved: the ledger takes the adjustment at once (or the approval fails, nothing written). */
  private async decided(approval: Approval, tx: Tx) {
    const a = await tx.lock(StockAdjustment, { id: approval.subjectId });
    if (approval.status === 'rejected') {
      a.status = 'rejected';
      recordStep(
        a,
        'rejected',
        approval.decidedBy!,
        approval.decidedAt!,
        approval.note ?? undefined,
      );
      return void (await saveForm(tx, a));
    }
    const moved = await book(this.ledger, tx, {
      branch: a.branch,
      document: { type: 'stock-adjustment', id: a.id },
      documentDate: localDate(approval.decidedAt!),
      bookedAt: approval.decidedAt!,
      bookedBy: approval.decidedBy!,
      lines: a.lines.map((l, i) => {
        const q = qty(l.quantity);
        return {
          itemCode: l.itemCode,
          kind: KIND_OF[a.kind](q),
          quantity: q,
          valueMinor: q.isPositive() ? l.estimatedValueMinor : undefined,
          memo: a.reason,
          documentLine: i,
        };
      }),
    });
    a.status = 'posted';
    a.movementSeqs = moved.map((m) => m.seq);
    recordStep(
      a,
      'approved-and-posted',
      approval.decidedBy!,
      approval.decidedAt!,
      approval.note ?? undefined,
    );
    await saveForm(tx, a);
  }

  private async variances(tx: Tx, sheetId: string, branch: string) {
    const sheet = await tx.manager.findOneBy(CountSheet, { id: sheetId });
    if (!sheet || sheet.branch !== branch)
      throw new NotFoundProblem(`no count sheet ${sheetId} in ${branch}`);
    if (sheet.status !== 'closed')
      throw new NothingToAdjust(`${sheetId} is still open: close the count first`);
    const rows: { item_code: string; v: string }[] = await tx.manager.query(
      `SELECT item_code, counted_quantity - card_quantity AS v FROM count_line
        WHERE sheet_id = $1 AND card_quantity IS NOT NULL AND counted_quantity <> card_quantity ORDER BY item_code`,
      [sheetId],
    );
    if (rows.length === 0) throw new NothingToAdjust(`${sheetId} found no variance`);
    return rows.map((r) => ({ itemCode: r.item_code, quantity: new Decimal(r.v) }));
  }

  /** Scrap, or long-idle stock (no movement for 180 days), written off the books. */
  private async writeOff(tx: Tx, body: NewAdjustment) {
    if (body.kind === 'idle-write-off') {
      const codes = body.lines!.map((l) => l.itemCode);
      const cards = await this.ledger.cards(tx, body.branch, codes);
      const since = new Date(this.clock.now().getTime() - IDLE_DAYS * 86_400_000);
      const [row]: { recent: string[] }[] = await tx.manager.query(
        `SELECT coalesce(array_agg(item_code), '{}') AS recent FROM stock_card
          WHERE branch = $1 AND item_code = ANY($2::text[]) AND last_moved_at >= $3`,
        [body.branch, codes, since],
      );
      if (row.recent.length > 0 || codes.some((c) => !cards.has(c)))
        throw new NothingToAdjust(
          `not long-idle (moved within ${IDLE_DAYS} days, or never stocked): ${[...row.recent, ...codes.filter((c) => !cards.has(c))].join(', ')}`,
        );
    }
    return body.lines!.map((l) => ({
      itemCode: l.itemCode,
      quantity: new Decimal(l.quantity).negated(),
    }));
  }
}
