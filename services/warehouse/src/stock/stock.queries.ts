import { Injectable } from '@nestjs/common';
import { InjectClock, type Clock, decodeCursor, pageOf, type Page } from '@freight/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { qtyNumber } from '../shared/amounts';

interface CardRow {
  branch: string;
  item_code: string;
  name: string;
  category: string;
  unit: string;
  quantity: string;
  value_minor: string;
  last_moved_at: Date | null;
}

export function cardView(r: CardRow) {
  const quantity = qtyNumber(r.quantity);
  return {
    branch: r.branch,
    itemCode: r.item_code,
    name: r.name,
    category: r.category,
    unit: r.unit,
    quantity,
    valueMinor: Number(r.value_minor),
    averageUnitCostMinor:
      quantity > 0 ? Math.round((Number(r.value_minor) / quantity) * 100) / 100 : null,
    lastMovedAt: r.last_moved_at?.toISOString() ?? null,
  };
}

interface MovementRow {
  seq: string;
  branch: string;
  item_code: string;
  kind: string;
  entry: string;
  quantity: string;
  value_minor: string;
  balance_quantity: string;
  balance_value_minor: string;
  document_type: string;
  document_id: string;
  document_line: number;
  reverses_seq: string | null;
  memo: string;
  document_date: string;
  booked_at: Date;
  booked_by: unknown;
}

export const movementView = (r: MovementRow) => ({
  seq: Number(r.seq),
  branch: r.branch,
  itemCode: r.item_code,
  kind: r.kind,
  entry: r.entry,
  quantity: qtyNumber(r.quantity),
  valueMinor: Number(r.value_minor),
  balanceQuantity: qtyNumber(r.balance_quantity),
  balanceValueMinor: Number(r.balance_value_minor),
  document: { type: r.document_type, id: r.document_id, line: r.document_line },
  reversesSeq: r.reverses_seq === null ? null : Number(r.reverses_seq),
  memo: r.memo,
  documentDate: r.document_date,
  bookedAt: r.booked_at.toISOString(),
  bookedBy: r.booked_by,
});

const CARD_COLUMNS = `c.branch, c.item_code, i.name, i.category, i.unit, c.quantity, c.value_minor, c.last_moved_at`;

/** R28: stock cards, the ledger behind them, long-idle stock, and the ledger-to-card check. */
@Injectable()
export class StockQueries {
  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async cards(q: {
    limit: number;
    cursor?: string;
    branch?: string;
    category?: string;
    itemCode?: string;
  }): Promise<Page<ReturnType<typeof cardView>>> {
    const after = q.cursor ? decodeCursor(q.cursor, z.tuple([z.string(), z.string()])) : null;
    const rows: CardRow[] = await this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM stock_card c JOIN item i ON i.code = c.item_code
        WHERE ($1::text IS NULL OR c.branch = $1) AND ($2::text IS NULL OR i.category = $2)
          AND ($3::text IS NULL OR c.item_code = $3)
          AND ($4::text IS NULL OR (c.branch, c.item_code) > ($4, $5))
        ORDER BY c.branch, c.item_code LIMIT $6`,
      [
        q.branch ?? null,
        q.category ?? null,
        q.itemCode ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        q.limit + 1,
      ],
    );
    return pageOf(rows, q.limit, cardView, (r) => [r.branch, r.item_code]);
  }

  async ledger(q: {
    limit: number;
    cursor?: string;
    branch?: string;
    itemCode?: string;
    documentId?: string;
    from?: string;
    to?: string;
  }) {
    const after = q.cursor ? decodeCursor(q.cursor, z.number().int()) : null;
    const rows: MovementRow[] = await this.dataSource.query(
      `SELECT seq, branch, item_code, kind, entry, quantity, value_minor, balance_quantity,
              balance_value_minor, document_type, document_id, document_line, reverses_seq, memo,
              to_char(document_date, 'YYYY-MM-DD') AS document_date, booked_at, booked_by
         FROM stock_movement
        WHERE ($1::text IS NULL OR branch = $1) AND ($2::text IS NULL OR item_code = $2)
          AND ($3::text IS NULL OR document_id = $3)
          AND ($4::timestamptz IS NULL OR booked_at >= $4) AND ($5::timestamptz IS NULL OR booked_at < $5)
          AND ($6::bigint IS NULL OR seq > $6)
        ORDER BY seq LIMIT $7`,
      [
        q.branch ?? null,
        q.itemCode ?? null,
        q.documentId ?? null,
        q.from ?? null,
        q.to ?? null,
        after,
        q.limit + 1,
      ],
    );
    return pageOf(rows, q.limit, movementView, (r) => Number(r.seq));
  }

  /** R28: stock that has not moved for `days` (virtual month-end returns do not count). */
  async idle(q: { branch?: string; days: number }) {
    const since = new Date(this.clock.now().getTime() - q.days * 86_400_000);
    const rows: CardRow[] = await this.dataSource.query(
      `SELECT ${CARD_COLUMNS} FROM stock_card c JOIN item i ON i.code = c.item_code
        WHERE ($1::text IS NULL OR c.branch = $1) AND c.quantity > 0
          AND (c.last_moved_at IS NULL OR c.last_moved_at < $2)
        ORDER BY c.branch, c.item_code LIMIT 1000`,
      [q.branch ?? null, since],
    );
    return { items: rows.map(cardView) };
  }

  /**
   * R28: the ledger and the card, item by item, in one statement (one snapshot): what the daily
   * count rests on. They agree by construction; a mismatch would be an alarm, never a fix.
   */
  reconciliation(branch: string, category?: string) {
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.reconcile(manager, branch, category),
    );
  }

  private async reconcile(manager: EntityManager, branch: string, category?: string) {
    const [summary]: { checked: string }[] = await manager.query(
      `SELECT count(*) AS checked FROM stock_card c JOIN item i ON i.code = c.item_code
        WHERE c.branch = $1 AND ($2::text IS NULL OR i.category = $2)`,
      [branch, category ?? null],
    );
    const mismatches: { item_code: string; lq: string; cq: string; lv: string; cv: string }[] =
      await manager.query(
        `WITH ledger AS (
           SELECT m.item_code, sum(m.quantity) AS lq, sum(m.value_minor) AS lv
             FROM stock_movement m JOIN item i ON i.code = m.item_code
            WHERE m.branch = $1 AND ($2::text IS NULL OR i.category = $2)
            GROUP BY m.item_code)
         SELECT coalesce(l.item_code, c.item_code) AS item_code, coalesce(l.lq, 0) AS lq,
                coalesce(c.quantity, 0) AS cq, coalesce(l.lv, 0) AS lv, coalesce(c.value_minor, 0) AS cv
           FROM ledger l
           FULL JOIN (SELECT c.* FROM stock_card c JOIN item i ON i.code = c.item_code
                       WHERE c.branch = $1 AND ($2::text IS NULL OR i.category = $2)) c
             ON c.item_code = l.item_code
          WHERE coalesce(l.lq, 0) <> coalesce(c.quantity, 0) OR coalesce(l.lv, 0) <> coalesce(c.value_minor, 0)
          ORDER BY 1 LIMIT 1000`,
        [branch, category ?? null],
      );
    return {
      branch,
      asOf: this.clock.now().toISOString(),
      itemsChecked: Number(summary.checked),
      mismatches: mismatches.map((m) => ({
        itemCode: m.item_code,
        ledgerQuantity: qtyNumber(m.lq),
        cardQuantity: qtyNumber(m.cq),
        ledgerValueMinor: Number(m.lv),
        cardValueMinor: Number(m.cv),
      })),
    };
  }
}
