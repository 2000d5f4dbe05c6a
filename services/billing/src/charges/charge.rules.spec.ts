import { exampleOrder } from '@freight/contracts';
import { CurrencyNotBilled } from './charge.errors';
import { chargesOf, isBilledMonthly, OrderSnapshot } from './charge.rules';

const order = exampleOrder as unknown as OrderSnapshot;

describe('R24 charges from an order', () => {
  it('R24: one charge line per price line, each with its own rate and tax, half-up', () => {
    const charges = chargesOf(
      {
        ...order,
        price: {
          ...order.price,
          lines: [
            {
              code: 'freight',
              description: 'freight',
              amount: { amountMinor: 99_999, currency: 'CNY' },
              taxRate: 0.09,
            },
            {
              code: 'pickup',
              description: 'pickup',
              amount: { amountMinor: 8_000, currency: 'CNY' },
              taxRate: 0.06,
            },
          ],
        },
      },
      '2025-03-11T02:30:00Z',
    );
    expect(charges.lines).toEqual([
      {
        seq: 1,
        code: 'freight',
        description: 'freight',
        amountMinor: 99_999,
        taxRate: 0.09,
        taxMinor: 9_000,
      },
      {
        seq: 2,
        code: 'pickup',
        description: 'pickup',
        amountMinor: 8_000,
        taxRate: 0.06,
        taxMinor: 480,
      },
    ]);
    expect(charges.netMinor).toBe(107_999);
  });

  it('R24: the service month is the month the order was placed in, China time', () => {
    expect(chargesOf(order, '2025-03-31T17:00:00Z')).toMatchObject({
      serviceMonth: '2025-04',
      serviceDate: '2025-04-01',
    });
  });

  it('R24: COD is the shipper’s money, kept for information — never a charge', () => {
    const charges = chargesOf(
      { ...order, codAmount: { amountMinor: 150_000, currency: 'CNY' } },
      '2025-03-11T02:30:00Z',
    );
    expect(charges.codMinor).toBe(150_000);
    expect(charges.netMinor).toBe(202_000);
  });

  it('R24: only monthly-terms orders go on a statement; freight collect and prepaid do not', () => {
    expect(isBilledMonthly({ paymentTerms: 'monthly' })).toBe(true);
    for (const terms of ['prepaid', 'freight-collect', 'on-receipt'] as const)
      expect(isBilledMonthly({ paymentTerms: terms })).toBe(false);
  });

  it('refuses an order priced in another currency', () => {
    const usd = {
      ...order,
      price: {
        ...order.price,
        lines: [{ ...order.price.lines[0], amount: { amountMinor: 100, currency: 'USD' } }],
      },
    };
    expect(() => chargesOf(usd, '2025-03-11T02:30:00Z')).toThrow(CurrencyNotBilled);
  });
});
