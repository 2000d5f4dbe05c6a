import { Item } from '../stock/item.entity';
import { InboundSlip } from './inbound-slip.entity';
import { paperworkProblems } from './inbound-slip.rules';

const pump = Object.assign(new Item(), {
  code: 'FG-PMP-0150',
  category: 'finished-goods',
  name: 'Centrifugal pump',
  specification: 'DN50, 1.5 kW',
  unit: 'pcs',
  standardPriceMinor: '125000',
});
const items = new Map([[pump.code, pump]]);
const complete = {
  drawingNo: 'FG-PMP-0150',
  name: 'Centrifugal pump',
  specification: 'DN50, 1.5 kW',
  quantity: 12,
  unitPriceMinor: 125_000,
  amountMinor: 1_500_000,
  labourHours: 36,
};
const slip = (lines: object[], extra: Partial<InboundSlip> = {}) =>
  Object.assign(new InboundSlip(), {
    id: 'IN-SH01-000001',
    receivingUnit: '一车间',
    slipDate: '2025-03-12',
    lines,
    inspection: { result: 'passed', reportNo: 'QC-1', findings: null, by: {}, at: '' },
    ...extra,
  });
const checked = { goodsChecked: true, certificateChecked: true };

describe('R27 finished-goods inbound slip', () => {
  it('R27: a complete, signed, inspected slip with goods and certificate checked passes', () => {
    expect(paperworkProblems(slip([complete]), items, true, checked)).toEqual([]);
  });

  it('R27: incomplete paperwork is refused, naming every missing item', () => {
    const { labourHours: _l, amountMinor: _a, ...partial } = complete;
    const problems = paperworkProblems(
      slip([partial], { receivingUnit: null, inspection: null }),
      items,
      false,
      { goodsChecked: true, certificateChecked: false },
    );
    expect(problems.map((p) => p.field)).toEqual([
      'receivingUnit',
      'lines[0].amountMinor',
      'lines[0].labourHours',
      'directorSignature',
      'inspection',
      'certificateChecked',
    ]);
    expect(problems.map((p) => p.message)).toContain('the workshop director has not signed');
  });

  it("R27: the unit price is finance's ex-tax price and the amount is quantity × price", () => {
    const problems = paperworkProblems(
      slip([{ ...complete, unitPriceMinor: 120_000, amountMinor: 1_440_001 }]),
      items,
      true,
      checked,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "lines[0]: ¥1,200.00 is not finance's ex-tax price ¥1,250.00",
      'lines[0]: the amount should be ¥14,400.00, not ¥14,400.01',
    ]);
  });

  it('R27: names and specifications are the technical department’s, and counted goods match', () => {
    const problems = paperworkProblems(slip([{ ...complete, name: 'Pump' }]), items, true, {
      ...checked,
      countedQuantities: [11],
    });
    expect(problems.map((p) => p.field)).toEqual(['lines[0].name', 'countedQuantities[0]']);
  });
});
