import { Injectable } from '@nestjs/common';
import { type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import { qty } from '../shared/amounts';
import { formStep, newForm, recordStep } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { localDate } from '../shared/warehouse-time';
import { loadItems } from '../stock/items.handlers';
import { book, type PostedMovement, StockLedger } from '../stock/stock-ledger';
import { PurchaseReceipt, purchaseReceiptView } from './purchase-receipt.entity';
import { invoiceArrival, NotProvisional, priceLines } from './purchase.rules';

type NewReceipt = z.output<typeof WarehouseHttp.newPurchaseReceiptBody>;
type InspectionBody = z.output<typeof WarehouseHttp.inspectionBody>;
type ReceiptBody = z.output<typeof WarehouseHttp.purchaseReceiptBody>;
type InvoiceBody = z.output<typeof WarehouseHttp.invoiceArrivalBody>;

/** The ledger lines of a posting in the order of the form's lines. */
const seqsByLine = (
  moved: PostedMovement[],
  count: number,
  pick = (m: PostedMovement) => m.entry !== 'red-reversal',
) =>
  Array.from({ length: count }, (_, i) => moved.find((m) => m.documentLine === i && pick(m))!.seq);

/** R35: purchased materials in — against the invoice, or provisionally and reversed later. */
@Injectable()
export class PurchaseHandlers {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly ledger: StockLedger,
    private readonly clock: WarehouseClock,
  ) {}

  /** The acceptance notice the purchaser filled in, recorded by the keeper. */
  raise(body: NewReceipt, by: Staff) {
    return this.transactions.run(async (tx) => {
      await loadItems(
        tx,
        body.lines.map((l) => l.itemCode),
      );
      const now = this.clock.now();
      const p = tx.manager.create(PurchaseReceipt, {
        ...newForm(
          await nextFormNumber(tx.manager, 'PR', body.branch),
          body.branch,
          'awaiting-inspection',
          by,
          now,
        ),
        noticeNo: body.noticeNo,
        supplier: body.supplier,
        purchaser: body.purchaser,
        lines: body.lines,
        inspection: null,
        provisional: null,
        receipt: null,
      });
      await tx.manager.insert(PurchaseReceipt, p);
      return purchaseReceiptView(p);
    });
  }

  /** QC stamps the acceptance notice. */
  inspect(id: string, body: InspectionBody, by: Staff) {
    return this.step(id, async (p, _tx, now) => {
      requireStatus(p, ['awaiting-inspection'], 'stamp the acceptance notice');
      p.inspection = {
        result: body.result,
        reportNo: body.reportNo,
        findings: body.findings ?? null,
        by,
        at: now.toISOString(),
      };
      p.status = body.result === 'passed' ? 'inspected' : 'rejected';
      recordStep(p, `inspection-${body.result}`, by, now, body.reportNo);
    });
  }

  /** The keeper receives against the invoice, or provisionally at book or market price. */
  receive(id: string, body: ReceiptBody, by: Staff) {
    return this.step(id, async (p, tx, now) => {
      requireStatus(p, ['inspected'], 'receive the goods');
      const posting = {
        branch: p.branch,
        document: { type: 'purchase-receipt', id },
        documentDate: localDate(now),
        bookedAt: now,
        bookedBy: by,
      };
      if ('invoice' in body) {
        const lines = priceLines(p.lines, body.invoice.lines, new Map());
        const moved = await book(this.ledger, tx, {
          ...posting,
          lines: lines.map((l, i) => ({
            itemCode: l.itemCode,
            kind: 'purchase-in',
            quantity: qty(l.quantity),
            valueMinor: l.amountMinor,
            memo: p.supplier,
            documentLine: i,
          })),
        });
        p.receipt = {
          invoiceNo: body.invoice.invoiceNo,
          invoiceDate: body.invoice.invoiceDate,
          lines,
          bookedAt: now.toISOString(),
          by,
          movementSeqs: seqsByLine(moved, lines.length),
          reversalSeqs: [],
        };
        p.status = 'received';
        recordStep(p, 'received', by, now, body.invoice.invoiceNo);
        return;
      }
      const { basis } = body.provisional;
      const cards = await this.ledger.cards(
        tx,
        p.branch,
        p.lines.map((l) => l.itemCode),
      );
      const lines = priceLines(
        p.lines,
        basis === 'book' ? 'book' : (body.provisional.lines ?? []),
        cards,
      );
      const moved = await book(this.ledger, tx, {
        ...posting,
        lines: lines.map((l, i) => ({
          itemCode: l.itemCode,
          kind: 'purchase-in',
          entry: 'provisional' as const,
          quantity: qty(l.quantity),
          valueMinor: l.amountMinor,
          memo: `暂估入库 (${basis} price)`,
          documentLine: i,
        })),
      });
      p.provisional = {
        basis,
        lines,
        bookedOn: posting.documentDate,
        bookedAt: now.toISOString(),
        by,
        movementSeqs: seqsByLine(moved, lines.length),
      };
      p.status = 'provisional';
      recordStep(p, 'received-provisionally', by, now, `${basis} price; a copy to ${p.purchaser}`);
    });
  }

  /** The invoice arrives: red entry against the provisional one, then the real receipt (R35). */
  invoiced(id: string, body: InvoiceBody, by: Staff) {
    return this.step(id, async (p, tx, now) => {
      if (p.status !== 'provisional') throw new NotProvisional(p);
      const lines = priceLines(p.lines, body.lines, new Map());
      const moved = await book(this.ledger, tx, {
        branch: p.branch,
        document: { type: 'purchase-receipt', id },
        documentDate: localDate(now),
        bookedAt: now,
        bookedBy: by,
        lines: invoiceArrival(p, p.provisional!.movementSeqs, lines),
      });
      p.receipt = {
        invoiceNo: body.invoiceNo,
        invoiceDate: body.invoiceDate,
        lines,
        bookedAt: now.toISOString(),
        by,
        movementSeqs: seqsByLine(moved, lines.length),
        reversalSeqs: seqsByLine(moved, lines.length, (m) => m.entry === 'red-reversal'),
      };
      p.status = 'received';
      recordStep(p, 'provisional-reversed-and-received', by, now, body.invoiceNo);
    });
  }

  private step(id: string, work: (p: PurchaseReceipt, tx: Tx, now: Date) => Promise<void>) {
    return formStep(
      this.transactions,
      this.clock,
      PurchaseReceipt,
      'purchase receipt',
      purchaseReceiptView,
    )(id, work);
  }
}
