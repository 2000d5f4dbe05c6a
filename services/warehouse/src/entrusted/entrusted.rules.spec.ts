import type { EntrustedLine } from './entrusted-requisition.entity';
import { allBack, takeOutstanding } from './entrusted.rules';

const line = (): EntrustedLine => ({
  category: 'raw-material',
  itemCode: 'M',
  name: 'Steel bar',
  specification: '',
  unit: 'kg',
  quantity: 200,
  unitPriceMinor: 1_000,
  amountMinor: 200_000,
  issuedValueMinor: 198_000,
  returnedQuantity: 0,
  compensatedQuantity: 0,
});

describe('R34 entrusted processing', () => {
  it('R34: material comes back against the requisition at its share of the value that went out', () => {
    const lines = [line()];
    expect(takeOutstanding(lines, 'M', 150, 'returnedQuantity')).toBe(148_500);
    expect(lines[0].returnedQuantity).toBe(150);
  });

  it('R34: never more than is out at the processor', () => {
    const lines = [line()];
    takeOutstanding(lines, 'M', 190, 'returnedQuantity');
    expect(() => takeOutstanding(lines, 'M', 11, 'compensatedQuantity')).toThrow(
      'M: 10 kg out at the processor, 11 given',
    );
    expect(() => takeOutstanding(lines, 'X', 1, 'returnedQuantity')).toThrow(
      'X is not on this requisition',
    );
  });

  it('R34: done when everything is back or on a signed compensation list', () => {
    const lines = [line()];
    takeOutstanding(lines, 'M', 190, 'returnedQuantity');
    expect(allBack(lines)).toBe(false);
    takeOutstanding(lines, 'M', 10, 'compensatedQuantity');
    expect(allBack(lines)).toBe(true);
  });
});
