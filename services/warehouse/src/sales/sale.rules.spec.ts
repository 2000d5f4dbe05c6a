import { Item } from '../stock/item.entity';
import { QcClearance } from './qc-clearance.entity';
import { Sale } from './sale.entity';
import { belowMinimumBy, checkSalePayment, saleLines } from './sale.rules';

const pump = Object.assign(new Item(), {
  code: 'P',
  name: 'Pump',
  unit: 'pcs',
  minimumPriceMinor: '160000',
});
const items = new Map([['P', pump]]);
const clearance = (extra: Partial<QcClearance> = {}) =>
  Object.assign(new QcClearance(), {
    id: 'QC-1',
    branch: 'SH01',
    itemCode: 'P',
    result: 'passed',
    remaining: '3',
    reportNo: 'R',
    ...extra,
  });
const sale = (extra: Partial<Sale> = {}) =>
  Object.assign(new Sale(), {
    id: 'SL-1',
    kind: 'contract',
    status: 'awaiting-gate-pass',
    totalMinor: '340000',
    ...extra,
  });

describe('R29/R30 sales', () => {
  it('R29: every line stands on a passed QC clearance of that item, with enough left', () => {
    const lines = [{ itemCode: 'P', quantity: 2, unitPriceMinor: 170_000, qcClearanceId: 'QC-1' }];
    expect(
      saleLines('SH01', 'contract', lines, new Map([['QC-1', clearance()]]), items)[0],
    ).toMatchObject({ amountMinor: 340_000, belowMinimum: false });
    expect(() =>
      saleLines('SH01', 'contract', [...lines, ...lines], new Map([['QC-1', clearance()]]), items),
    ).toThrow('QC-1 has 3 cleared, 4 asked');
    expect(() =>
      saleLines(
        'SH01',
        'contract',
        lines,
        new Map([['QC-1', clearance({ result: 'failed' })]]),
        items,
      ),
    ).toThrow('found a quality problem');
    expect(() =>
      saleLines('GZ01', 'contract', lines, new Map([['QC-1', clearance()]]), items),
    ).toThrow('no QC clearance QC-1 in GZ01');
  });

  it('R30: a retail price under the company minimum is marked, with how far below', () => {
    const lines = saleLines(
      'SH01',
      'retail',
      [{ itemCode: 'P', quantity: 2, unitPriceMinor: 150_000, qcClearanceId: 'QC-1' }],
      new Map([['QC-1', clearance()]]),
      items,
    );
    expect(lines[0].belowMinimum).toBe(true);
    expect(belowMinimumBy(lines, items)).toBe(20_000);
  });

  it('R29/R30: a gate pass only once paid or arranged; retail only paid, in full; not before the price approval', () => {
    expect(() => checkSalePayment(sale(), undefined)).toThrow('neither paid nor arranged');
    expect(() =>
      checkSalePayment(sale({ kind: 'retail' }), { kind: 'arranged', reference: 'x' }),
    ).toThrow('paid before the goods are released');
    expect(() =>
      checkSalePayment(sale(), { kind: 'paid', receiptNo: 'r', amountMinor: 1 }),
    ).toThrow('¥0.01 paid of ¥3,400.00');
    expect(() =>
      checkSalePayment(sale({ status: 'awaiting-price-approval' }), {
        kind: 'paid',
        receiptNo: 'r',
        amountMinor: 340_000,
      }),
    ).toThrow('general manager has not approved');
    expect(() => checkSalePayment(sale(), { kind: 'arranged', reference: 'HT-1' })).not.toThrow();
  });
});
