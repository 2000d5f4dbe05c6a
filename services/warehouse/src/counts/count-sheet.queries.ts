import type { EntityManager } from 'typeorm';
import type { CountSummary } from './count-sheet.entity';

/** R28: no movement for this long makes stock long-idle (to clear, with approval). */
export const IDLE_DAYS = 180;

/** The sheet's lines: every item of the category that has a card in the branch. */
export async function fillSheet(
  m: EntityManager,
  sheetId: string,
  branch: string,
  category: string,
  now: Date,
) {
  await m.query(
    `INSERT INTO count_line (sheet_id, item_code, idle_since)
     SELECT $1, c.item_code,
            CASE WHEN c.quantity > 0 AND (c.last_moved_at IS NULL OR c.last_moved_at < $4) THEN coalesce(c.last_moved_at, 'epoch') END
       FROM stock_card c JOIN item i ON i.code = c.item_code
      WHERE c.branch = $2 AND i.category = $3`,
    [sheetId, branch, category, new Date(now.getTime() - IDLE_DAYS * 86_400_000)],
  );
}

/**
 * R28's three-way check in one statement (one snapshot): the ledger's sum and the card for every
 * counted item, compared with the count. Only lines where something differs keep their ledger
 * and card figures; elsewhere all three agree. The aggregate over the ledger is the cost.
 */
export async function reconcileSheet(
  m: EntityManager,
  sheetId: string,
  branch: string,
): Promise<CountSummary> {
  await m.query(
    `WITH ledger AS (
       SELECT mv.item_code, sum(mv.quantity) AS q
         FROM stock_movement mv
        WHERE mv.branch = $2 AND mv.item_code IN (SELECT item_code FROM count_line WHERE sheet_id = $1)
        GROUP BY mv.item_code),
     compared AS (
       SELECT x.item_code, coalesce(l.q, 0) AS lq, coalesce(c.quantity, 0) AS cq, x.counted_quantity
         FROM count_line x
         LEFT JOIN ledger l ON l.item_code = x.item_code
         LEFT JOIN stock_card c ON c.branch = $2 AND c.item_code = x.item_code
        WHERE x.sheet_id = $1)
     UPDATE count_line cl SET ledger_quantity = cmp.lq, card_quantity = cmp.cq
       FROM compared cmp
      WHERE cl.sheet_id = $1 AND cl.item_code = cmp.item_code
        AND (cmp.lq <> cmp.cq OR cmp.counted_quantity <> cmp.cq)`,
    [sheetId, branch],
  );
  const [s]: Record<string, string>[] = await m.query(
    `SELECT count(*) AS lines, count(counted_quantity) AS counted,
            count(*) FILTER (WHERE card_quantity IS NOT NULL AND counted_quantity <> card_quantity) AS variances,
            count(*) FILTER (WHERE card_quantity IS NOT NULL AND ledger_quantity <> card_quantity) AS mismatches,
            count(idle_since) AS idle
       FROM count_line WHERE sheet_id = $1`,
    [sheetId],
  );
  return {
    lines: Number(s.lines),
    counted: Number(s.counted),
    variances: Number(s.variances),
    ledgerCardMismatches: Number(s.mismatches),
    idle: Number(s.idle),
  };
}

/** The sheet's lines for its page: differences first, at most 500. */
export function sheetLines(m: EntityManager, sheetId: string) {
  return m.query(
    `SELECT cl.item_code, i.name, i.unit, cl.counted_quantity, cl.ledger_quantity, cl.card_quantity, cl.idle_since
       FROM count_line cl JOIN item i ON i.code = cl.item_code
      WHERE cl.sheet_id = $1
      ORDER BY (cl.card_quantity IS NULL), (cl.idle_since IS NULL), cl.item_code LIMIT 500`,
    [sheetId],
  );
}
