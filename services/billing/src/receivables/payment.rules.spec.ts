import { allocateCredit, allocatePayment } from './payment.rules';

const open = [
  { invoiceNo: 'INV-1', open: 10_000 },
  { invoiceNo: 'INV-2', open: 5_000 },
];

describe('R25 payments and their allocation', () => {
  it('R25: without allocations, the oldest due invoices are paid first; a partial payment leaves the rest open', () => {
    expect(allocatePayment({ amount: 12_000, keepAsCredit: false }, open)).toEqual({
      allocations: [
        { invoiceNo: 'INV-1', amount: 10_000 },
        { invoiceNo: 'INV-2', amount: 2_000 },
      ],
      unapplied: 0,
    });
  });

  it('R25: a payment over the open amount without an overpayment decision is refused (409)', () => {
    expect(() => allocatePayment({ amount: 16_000, keepAsCredit: false }, open)).toThrow(
      expect.objectContaining({
        status: 409,
        slug: 'overpayment-undecided',
        detail: expect.stringContaining('10.00'),
      }),
    );
    expect(() =>
      allocatePayment({ amount: 10_000, keepAsCredit: false }, open, [
        { invoiceNo: 'INV-2', amount: 5_000 },
      ]),
    ).toThrow(expect.objectContaining({ slug: 'overpayment-undecided' }));
  });

  it('R25: an overpayment is kept as the customer’s credit when finance says so', () => {
    expect(allocatePayment({ amount: 16_000, keepAsCredit: true }, open)).toEqual({
      allocations: [
        { invoiceNo: 'INV-1', amount: 10_000 },
        { invoiceNo: 'INV-2', amount: 5_000 },
      ],
      unapplied: 1_000,
    });
  });

  it('R25: finance’s own allocations: open invoices of the customer, within what is open', () => {
    expect(() =>
      allocatePayment({ amount: 6_000, keepAsCredit: false }, open, [
        { invoiceNo: 'INV-2', amount: 6_000 },
      ]),
    ).toThrow(expect.objectContaining({ status: 409, slug: 'allocation-exceeds-open' }));
    expect(() =>
      allocatePayment({ amount: 6_000, keepAsCredit: true }, open, [
        { invoiceNo: 'INV-9', amount: 1 },
      ]),
    ).toThrow(
      expect.objectContaining({
        status: 422,
        errors: [{ field: 'allocations.0.invoiceNo', message: expect.any(String) }],
      }),
    );
    expect(() =>
      allocatePayment({ amount: 6_000, keepAsCredit: true }, open, [
        { invoiceNo: 'INV-1', amount: 4_000 },
        { invoiceNo: 'INV-2', amount: 4_000 },
      ]),
    ).toThrow(expect.objectContaining({ status: 422 }));
  });

  it('R25: credit kept from a payment is applied later, never more than is left', () => {
    expect(allocateCredit(1_000, open, [{ invoiceNo: 'INV-2', amount: 600 }])).toBe(400);
    expect(() => allocateCredit(1_000, open, [{ invoiceNo: 'INV-2', amount: 1_001 }])).toThrow(
      expect.objectContaining({ status: 409, slug: 'allocation-exceeds-credit' }),
    );
  });
});
