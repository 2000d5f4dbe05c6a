import { DomainError } from '@freight/platform';
import Decimal from 'decimal.js';
import { lineAmount } from '../shared/amounts';
import { chineseDate } from '../shared/warehouse-time';
import type { CardBalance, LedgerLine } from '../stock/valuation.rules';
import type { PricedLine, PurchaseReceipt } from './purchase-receipt.entity';

export class PricesMissing extends DomainError {
  constructor(problems: { field: string; message: string }[]) {
    super(422, 'prices-missing', problems.map((p) => p.message).join('; '), { errors: problems });
  }
}

/** R35: only a provisional receipt is reversed by a red entry. */
export class NotProvisional extends DomainError {
  constructor(p: PurchaseReceipt) {
    super(
      409,
      'not-provisional',
      p.receipt
        ? `${p.id} was received against invoice ${p.receipt.invoiceNo}: only a provisional receipt is reversed (R35)`
        : `${p.id} is ${p.status}: only a provisional receipt is reversed (R35)`,
    );
  }
}

/**
 * The receipt's lines priced: from the invoice, the purchaser's market prices, or the book
 * price (the card's moving average, 同类物资的账面价格) — each line priced, or a 422 naming it.
 */
export function priceLines(
  lines: { itemCode: string; quantity: number }[],
  prices: { itemCode: string; unitPriceMinor: number }[] | 'book',
  cards: ReadonlyMap<string, CardBalance>,
): PricedLine[] {
  const problems: { field: string; message: string }[] = [];
  const priced = lines.map((l, i) => {
    let unit: number | undefined;
    if (prices === 'book') {
      const card = cards.get(l.itemCode);
      if (card?.quantity.isPositive())
        unit = new Decimal(card.valueMinor)
          .dividedBy(card.quantity)
          .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
          .toNumber();
      else
        problems.push({
          field: `lines[${i}]`,
          message: `${l.itemCode} has no book price here: use the purchaser's market price`,
        });
    } else {
      unit = prices.find((p) => p.itemCode === l.itemCode)?.unitPriceMinor;
      if (unit === undefined)
        problems.push({ field: `lines[${i}]`, message: `no price for ${l.itemCode}` });
    }
    return { ...l, unitPriceMinor: unit ?? 0, amountMinor: lineAmount(l.quantity, unit ?? 0) };
  });
  if (problems.length > 0) throw new PricesMissing(problems);
  return priced;
}

/**
 * R35 when the invoice arrives: a red entry cancels each provisional line exactly ("冲×年×月×日
 * 暂估"), then the real receipt is booked at the invoice price — both in one posting.
 */
export function invoiceArrival(
  p: PurchaseReceipt,
  provisionalSeqs: number[],
  invoiced: PricedLine[],
): LedgerLine[] {
  const cite = `冲${chineseDate(p.provisional!.bookedOn)}暂估`;
  const red = p.provisional!.lines.map((l, i) => ({
    itemCode: l.itemCode,
    kind: 'purchase-in',
    entry: 'red-reversal' as const,
    quantity: new Decimal(l.quantity).negated(),
    valueMinor: -l.amountMinor,
    reversesSeq: provisionalSeqs[i],
    memo: cite,
    documentLine: i,
  }));
  const real = invoiced.map((l, i) => ({
    itemCode: l.itemCode,
    kind: 'purchase-in',
    quantity: new Decimal(l.quantity),
    valueMinor: l.amountMinor,
    memo: `${p.supplier}`,
    documentLine: i,
  }));
  return [...red, ...real];
}
