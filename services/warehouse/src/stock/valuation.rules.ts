import Decimal from 'decimal.js';
import { shareOf } from '../shared/amounts';

// The stock card's valuation (decision 0080): moving weighted average (移动加权平均). Receipts
// come in at their own value — finance's ex-tax price for finished goods (R27), the invoice or
// the provisional price for purchases (R35), material + processing fee for entrusted goods
// (R34); issues go out at the card's average, and the last unit takes whatever value is left,
// so a card at zero holds no stray fen.

export type Entry = 'normal' | 'provisional' | 'red-reversal' | 'virtual';

export interface CardBalance {
  quantity: Decimal;
  valueMinor: number;
}

/** A ledger line a form asks for: signed quantity; value given for receipts, left out for issues. */
export interface LedgerLine {
  itemCode: string;
  kind: string;
  quantity: Decimal;
  valueMinor?: number;
  entry?: Entry;
  reversesSeq?: number;
  memo?: string;
  documentLine: number;
}

export interface PlannedLine extends Required<Omit<LedgerLine, 'reversesSeq'>> {
  reversesSeq: number | null;
}

export interface Shortage {
  itemCode: string;
  available: number;
  requested: number;
}

/** The value of `quantity` issued from a card at its moving average, in fen (half up). */
export function issueValue(card: CardBalance, quantity: Decimal): number {
  if (quantity.greaterThanOrEqualTo(card.quantity)) return card.valueMinor;
  return shareOf(card.valueMinor, quantity, card.quantity);
}

/**
 * Values each line of a posting against the cards as they stand (locked by the caller) and
 * checks R28's "never below zero" for every item at the end of the posting. A red reversal
 * followed by the real receipt of the same goods (R35) may pass through zero within it.
 */
export function planPosting(
  cards: ReadonlyMap<string, CardBalance>,
  lines: readonly LedgerLine[],
): { lines: PlannedLine[]; shortages: Shortage[] } {
  const running = new Map<string, CardBalance>();
  const requested = new Map<string, Decimal>();
  const balance = (code: string) =>
    running.get(code) ?? cards.get(code) ?? { quantity: new Decimal(0), valueMinor: 0 };
  const planned = lines.map((line): PlannedLine => {
    const card = balance(line.itemCode);
    const value =
      line.valueMinor ??
      (line.quantity.isNegative() && card.quantity.isPositive()
        ? -issueValue(card, line.quantity.negated())
        : 0);
    if (line.quantity.isNegative())
      requested.set(
        line.itemCode,
        (requested.get(line.itemCode) ?? new Decimal(0)).minus(line.quantity),
      );
    running.set(line.itemCode, {
      quantity: card.quantity.plus(line.quantity),
      valueMinor: card.valueMinor + value,
    });
    return {
      itemCode: line.itemCode,
      kind: line.kind,
      quantity: line.quantity,
      valueMinor: value,
      entry: line.entry ?? 'normal',
      reversesSeq: line.reversesSeq ?? null,
      memo: line.memo ?? '',
      documentLine: line.documentLine,
    };
  });
  const shortages = [...running.entries()]
    .filter(([, card]) => card.quantity.isNegative())
    .map(([itemCode]) => ({
      itemCode,
      available: (cards.get(itemCode)?.quantity ?? new Decimal(0)).toNumber(),
      requested: (requested.get(itemCode) ?? new Decimal(0)).toNumber(),
    }));
  return { lines: planned, shortages };
}
