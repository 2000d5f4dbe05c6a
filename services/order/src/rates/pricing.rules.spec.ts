import { assess, priceFromLines, VAT } from './pricing.rules';
import { GZ, NO_SERVICES, rateTableFixture, SH, WH } from './rate-table.fixture';

const table = rateTableFixture();
const cargo = (
  weightKg: number,
  volumeM3: number,
  dangerousGoodsClass: '3' | '1' | 'none' = 'none',
) => ({
  weightKg,
  volumeM3,
  dangerousGoodsClass,
});

describe('R3 instant quote from the rate table', () => {
  it('R3: heavy cargo pays by weight at its break, with the DG surcharge and each service as a line, VAT per line', () => {
    const result = assess(table, {
      origin: SH,
      destination: WH,
      cargo: cargo(860, 2.4, '3'),
      services: { pickup: true, deliveryMode: 'door', podRequired: true },
    });
    expect(result).toMatchObject({
      kind: 'quotable',
      lane: { origin: 'SH', destination: 'WH' },
      chargeableWeightKg: 860,
    });
    if (result.kind !== 'quotable') throw new Error('not quotable');
    expect(result.price.lines.map((l) => [l.code, l.amount.amountMinor, l.taxRate])).toEqual([
      ['freight', 81_700, VAT.transport], // 860 kg × ¥0.95 (the 500 kg break)
      ['dangerous-goods', 30_000, VAT.transport],
      ['pickup', 5_000, VAT.auxiliary],
      ['delivery', 8_000, VAT.auxiliary],
      ['pod-fee', 1_000, VAT.auxiliary],
    ]);
    // 7,353 + 2,700 + 300 + 480 + 60
    expect(result.price).toMatchObject({
      net: { amountMinor: 125_700, currency: 'CNY' },
      tax: { amountMinor: 10_893 },
      total: { amountMinor: 136_593 },
    });
    expect(result.price.lines[0].description).toBe('freight SH→WH, chargeable 860 kg × ¥0.95/kg');
  });

  it('R3: light cargo pays by m³ where the lane has volume rates, else by its chargeable weight', () => {
    const byVolume = assess(table, {
      origin: SH,
      destination: WH,
      cargo: cargo(100, 2),
      services: NO_SERVICES,
    });
    expect(byVolume).toMatchObject({ kind: 'quotable', chargeableWeightKg: 500 });
    expect(byVolume.kind === 'quotable' && byVolume.price.lines[0].amount.amountMinor).toBe(52_000);
    // SH→GZ (GZ covers the province 广东省: 佛山市 is in it) has no volume rates: 500 kg × ¥1.50
    const byWeight = assess(table, {
      origin: SH,
      destination: GZ,
      cargo: cargo(100, 2),
      services: NO_SERVICES,
    });
    expect(byWeight.kind === 'quotable' && byWeight.price.lines[0].amount.amountMinor).toBe(75_000);
  });

  it('R3: a small shipment is topped up to the minimum charge, the lane’s own minimum first', () => {
    const small = assess(table, {
      origin: SH,
      destination: WH,
      cargo: cargo(10, 0.01),
      services: NO_SERVICES,
    });
    expect(
      small.kind === 'quotable' && small.price.lines.map((l) => [l.code, l.amount.amountMinor]),
    ).toEqual([
      ['freight', 1_200],
      ['minimum-charge', 3_800],
    ]);
    const toGz = assess(table, {
      origin: SH,
      destination: GZ,
      cargo: cargo(10, 0.01),
      services: NO_SERVICES,
    });
    expect(toGz.kind === 'quotable' && toGz.price.net.amountMinor).toBe(8_000);
  });

  it('R3: insurance and the COD fee are the table’s rates of the declared value and the COD amount', () => {
    const result = assess(table, {
      origin: SH,
      destination: WH,
      cargo: cargo(860, 2.4),
      services: { ...NO_SERVICES, declaredValue: 5_005_000, codAmount: 500_000 },
    });
    expect(
      result.kind === 'quotable' &&
        result.price.lines.slice(1).map((l) => [l.code, l.amount.amountMinor]),
    ).toEqual([
      ['insurance', 15_015], // 3 ‰ of ¥50,050.00
      ['cod-fee', 5_000], // 1 % of ¥5,000.00
    ]);
  });

  it('R3: needs analysis when no region, lane or DG class covers it, saying why', () => {
    const result = assess(table, {
      origin: { province: '四川省', city: '成都市' },
      destination: WH,
      cargo: cargo(100, 1, '1'),
      services: NO_SERVICES,
    });
    expect(result).toEqual({
      kind: 'needs-analysis',
      reasons: [
        { code: 'origin-not-served', message: 'no region covers 成都市' },
        {
          code: 'dangerous-goods-not-carried',
          message: 'UN class 1 is not in the rate table: the product needs analysis',
        },
      ],
    });
    expect(
      assess(table, { origin: WH, destination: SH, cargo: cargo(1, 1), services: NO_SERVICES }),
    ).toMatchObject({
      kind: 'needs-analysis',
      reasons: [{ code: 'no-lane' }],
    });
    expect(
      assess(null, { origin: SH, destination: WH, cargo: cargo(1, 1), services: NO_SERVICES }),
    ).toMatchObject({
      reasons: [{ code: 'no-rate-table' }],
    });
  });

  it('R3: each line’s VAT is rounded to the fen half away from zero, then summed', () => {
    const price = priceFromLines([
      {
        code: 'freight',
        description: 'f',
        amount: { amountMinor: 50, currency: 'CNY' },
        taxRate: 0.09,
      },
      {
        code: 'pickup',
        description: 'p',
        amount: { amountMinor: 1_005, currency: 'CNY' },
        taxRate: 0.06,
      },
    ]);
    // 4.5 → 5 (not banker's 4); 60.3 → 60
    expect(price.tax.amountMinor).toBe(65);
    expect(price.total.amountMinor).toBe(1_120);
  });
});
