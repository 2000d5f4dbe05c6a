import Decimal from 'decimal.js';
import { CardBalance, issueValue, LedgerLine, planPosting } from './valuation.rules';

const card = (quantity: number, valueMinor: number): CardBalance => ({
  quantity: new Decimal(quantity),
  valueMinor,
});
const line = (itemCode: string, quantity: number, extra: Partial<LedgerLine> = {}): LedgerLine => ({
  itemCode,
  kind: quantity > 0 ? 'receipt' : 'issue',
  quantity: new Decimal(quantity),
  documentLine: 0,
  ...extra,
});

describe('stock valuation and the never-negative rule', () => {
  it('R28: issues at the moving average, rounded half up to the fen', () => {
    expect(issueValue(card(3, 1000), new Decimal(1))).toBe(333);
    expect(issueValue(card(3, 1001), new Decimal(2))).toBe(667);
    expect(issueValue(card(8, 100), new Decimal(1))).toBe(13); // 12.5 → 13
  });

  it('R28: the last unit takes the value that is left, so an empty card holds no fen', () => {
    const plan = planPosting(new Map([['A', card(3, 1000)]]), [
      line('A', -1),
      line('A', -1),
      line('A', -1),
    ]);
    expect(plan.lines.map((l) => l.valueMinor)).toEqual([-333, -334, -333]);
    expect(plan.lines.reduce((sum, l) => sum + l.valueMinor, 0)).toBe(-1000);
  });

  it('R28: a posting that would take an item below zero names it, what is there and what was asked', () => {
    const plan = planPosting(new Map([['A', card(5, 500)]]), [
      line('A', -3),
      line('A', -4),
      line('B', -1),
    ]);
    expect(plan.shortages).toEqual([
      { itemCode: 'A', available: 5, requested: 7 },
      { itemCode: 'B', available: 0, requested: 1 },
    ]);
  });

  it('R27: a receipt keeps the value it came with (finance’s ex-tax price × quantity)', () => {
    const plan = planPosting(new Map(), [line('FG', 12, { valueMinor: 1_500_000 })]);
    expect(plan.lines[0]).toMatchObject({ valueMinor: 1_500_000, entry: 'normal' });
    expect(plan.shortages).toEqual([]);
  });

  it('R35: a red reversal followed by the real receipt may pass through zero within one posting', () => {
    // 100 received provisionally at 10.00, 80 already used: the red entry takes 100 out, the
    // invoiced receipt brings 100 back in — the card never ends below zero
    const plan = planPosting(new Map([['M', card(20, 20_000)]]), [
      line('M', -100, { valueMinor: -100_000, entry: 'red-reversal', reversesSeq: 7 }),
      line('M', 100, { valueMinor: 95_000 }),
    ]);
    expect(plan.shortages).toEqual([]);
    expect(plan.lines.map((l) => [l.entry, l.valueMinor, l.reversesSeq])).toEqual([
      ['red-reversal', -100_000, 7],
      ['normal', 95_000, null],
    ]);
  });
});
