import { Injectable } from '@nestjs/common';
import type { Tx } from '@freight/platform';
import Decimal from 'decimal.js';
import { qtyNumber } from '../shared/amounts';
import type { Staff } from '../shared/staff';
import { InsufficientStock } from './stock.errors';
import { CardBalance, Entry, LedgerLine, planPosting } from './valuation.rules';

/** What a form books in the ledger, all lines in one transaction with the form itself. */
export interface Posting {
  branch: string;
  document: { type: string; id: string };
  /** the date on the form, Shanghai (a virtual re-issue carries the 1st of next month, R36) */
  documentDate: string;
  bookedAt: Date;
  bookedBy: Staff;
  lines: LedgerLine[];
}

export interface PostedMovement {
  seq: number;
  itemCode: string;
  kind: string;
  entry: Entry;
  quantity: number;
  valueMinor: number;
  balanceQuantity: number;
  balanceValueMinor: number;
  reversesSeq: number | null;
  documentLine: number;
  documentDate: string;
}

interface InsertedRow {
  seq: string;
  item_code: string;
  kind: string;
  entry: Entry;
  quantity: string;
  value_minor: string;
  balance_quantity: string;
  balance_value_minor: string;
  reverses_seq: string | null;
  document_line: number;
}

/**
 * The one way stock changes (R28): lock the cards of the posting's items (in item order, so two
 * postings never deadlock), value the lines, refuse anything that would take an item below
 * zero, then insert the ledger lines — the database posts each to its card in the same
 * statement and records the balance after it (migration 1796300000000).
 */
@Injectable()
export class StockLedger {
  async post(tx: Tx, posting: Posting): Promise<PostedMovement[]> {
    const codes = [...new Set(posting.lines.map((l) => l.itemCode))].sort();
    // an item the catalogue does not know fails the insert's foreign key: 422 unknown-item
    const locked: { item_code: string; quantity: string; value_minor: string }[] =
      await tx.manager.query(
        `SELECT item_code, quantity, value_minor FROM stock_card
          WHERE branch = $1 AND item_code = ANY($2::text[]) ORDER BY item_code FOR UPDATE`,
        [posting.branch, codes],
      );
    const cards = new Map<string, CardBalance>(
      locked.map((c) => [
        c.item_code,
        { quantity: new Decimal(c.quantity), valueMinor: Number(c.value_minor) },
      ]),
    );
    const plan = planPosting(cards, posting.lines);
    if (plan.shortages.length > 0) throw new InsufficientStock(posting.branch, plan.shortages);

    // item order for new cards too (their unique index), keeping each item's own line order
    const rows = plan.lines
      .map((line, ord) => ({ line, ord }))
      .sort((a, b) => a.line.itemCode.localeCompare(b.line.itemCode) || a.ord - b.ord)
      .map(({ line }, ord) => ({
        ord,
        item_code: line.itemCode,
        kind: line.kind,
        entry: line.entry,
        quantity: qtyNumber(line.quantity),
        value_minor: line.valueMinor,
        document_line: line.documentLine,
        reverses_seq: line.reversesSeq,
        memo: line.memo,
      }));
    const inserted: InsertedRow[] = await tx.manager.query(
      `INSERT INTO stock_movement (branch, item_code, kind, entry, quantity, value_minor,
              document_type, document_id, document_line, reverses_seq, memo, document_date,
              booked_at, booked_by)
       SELECT $1, r.item_code, r.kind, r.entry, r.quantity, r.value_minor, $2, $3,
              r.document_line, r.reverses_seq, r.memo, $4, $5, $6
         FROM jsonb_to_recordset($7::jsonb) AS r(ord int, item_code text, kind text, entry text,
              quantity numeric, value_minor bigint, document_line int, reverses_seq bigint, memo text)
        ORDER BY r.ord
       RETURNING seq, item_code, kind, entry, quantity, value_minor, balance_quantity,
                 balance_value_minor, reverses_seq, document_line`,
      [
        posting.branch,
        posting.document.type,
        posting.document.id,
        posting.documentDate,
        posting.bookedAt,
        JSON.stringify(posting.bookedBy),
        JSON.stringify(rows),
      ],
    );
    return inserted
      .map((r) => ({
        seq: Number(r.seq),
        itemCode: r.item_code,
        kind: r.kind,
        entry: r.entry,
        quantity: qtyNumber(r.quantity),
        valueMinor: Number(r.value_minor),
        balanceQuantity: qtyNumber(r.balance_quantity),
        balanceValueMinor: Number(r.balance_value_minor),
        reversesSeq: r.reverses_seq === null ? null : Number(r.reverses_seq),
        documentLine: r.document_line,
        documentDate: posting.documentDate,
      }))
      .sort((a, b) => a.seq - b.seq);
  }

  /** The current cards of some items in a branch (0 when never moved), unlocked: for prices. */
  async cards(tx: Tx, branch: string, codes: string[]): Promise<Map<string, CardBalance>> {
    const rows: { item_code: string; quantity: string; value_minor: string }[] =
      await tx.manager.query(
        'SELECT item_code, quantity, value_minor FROM stock_card WHERE branch = $1 AND item_code = ANY($2::text[])',
        [branch, codes],
      );
    return new Map(
      rows.map((c) => [
        c.item_code,
        { quantity: new Decimal(c.quantity), valueMinor: Number(c.value_minor) },
      ]),
    );
  }
}

/** `warehouse.stock.moved` for a posting, ready for `tx.publish`. */
export function stockMoved(posting: Posting, movements: PostedMovement[]) {
  return {
    type: 'warehouse.stock.moved' as const,
    branch: posting.branch,
    data: {
      branch: posting.branch,
      document: posting.document,
      bookedAt: posting.bookedAt.toISOString(),
      bookedBy: posting.bookedBy,
      currency: 'CNY' as const,
      movements: movements.map((m) => ({
        seq: m.seq,
        itemCode: m.itemCode,
        kind: m.kind,
        entry: m.entry,
        quantity: m.quantity,
        valueMinor: m.valueMinor,
        balanceQuantity: m.balanceQuantity,
        balanceValueMinor: m.balanceValueMinor,
        reversesSeq: m.reversesSeq,
        documentDate: m.documentDate,
      })),
    },
  };
}

/** Posts and returns the movements with their event, the pair every handler needs. */
export async function book(ledger: StockLedger, tx: Tx, posting: Posting) {
  const movements = await ledger.post(tx, posting);
  await tx.publish(stockMoved(posting, movements));
  return movements;
}
