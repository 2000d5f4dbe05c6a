import Decimal from 'decimal.js';
import { PurchaseReceipt } from './purchase-receipt.entity';
import { invoiceArrival, NotProvisional, priceLines } from './purchase.rules';

const receipt = (extra: Partial<PurchaseReceipt> = {}) =>
  Object.assign(new PurchaseReceipt(), {
    id: 'PR-SH01-000003',
    status: 'provisional',
    supplier: '宝钢不锈',
    lines: [{ itemCode: 'M', quantity: 500 }],
    provisional: {
      basis: 'book',
      lines: [{ itemCode: 'M', quantity: 500, unitPriceMinor: 2_400, amountMinor: 1_200_000 }],
      bookedOn: '2025-03-05',
      bookedAt: '',
      by: {},
      movementSeqs: [41],
    },
    receipt: null,
    ...extra,
  });

describe('R35 purchased materials', () => {
  it('R35: without an invoice the book price is the card’s moving average; with none, the purchaser gives a market price', () => {
    const cards = new Map([['M', { quantity: new Decimal(3), valueMinor: 7_201 }]]);
    expect(priceLines([{ itemCode: 'M', quantity: 10 }], 'book', cards)).toEqual([
      { itemCode: 'M', quantity: 10, unitPriceMinor: 2_400, amountMinor: 24_000 },
    ]);
    expect(() => priceLines([{ itemCode: 'N', quantity: 1 }], 'book', cards)).toThrow(
      "N has no book price here: use the purchaser's market price",
    );
    expect(() => priceLines([{ itemCode: 'M', quantity: 1 }], [], cards)).toThrow('no price for M');
  });

  it('R35: the invoice reverses the provisional entry in red, citing its date, then books the real receipt', () => {
    const lines = invoiceArrival(
      receipt(),
      [41],
      [{ itemCode: 'M', quantity: 500, unitPriceMinor: 2_460, amountMinor: 1_230_000 }],
    );
    expect(
      lines.map((l) => [
        l.entry ?? 'normal',
        l.quantity.toNumber(),
        l.valueMinor,
        l.reversesSeq ?? null,
        l.memo,
      ]),
    ).toEqual([
      ['red-reversal', -500, -1_200_000, 41, '冲2025年3月5日暂估'],
      ['normal', 500, 1_230_000, null, '宝钢不锈'],
    ]);
  });

  it('R35: a receipt that was not provisional is not reversed', () => {
    const invoiced = receipt({
      status: 'received',
      provisional: null,
      receipt: { invoiceNo: 'FP-1' } as PurchaseReceipt['receipt'],
    });
    expect(new NotProvisional(invoiced).message).toContain(
      'received against invoice FP-1: only a provisional receipt is reversed',
    );
  });
});
