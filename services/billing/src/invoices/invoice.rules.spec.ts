import {
  creditLines,
  documentNo,
  dueDateOf,
  InvoiceLineForCredit,
  invoiceStatus,
  mayRejectDispute,
  openMinor,
  seriesOf,
} from './invoice.rules';

const lines = new Map<number, InvoiceLineForCredit>([
  [1, { lineNo: 1, amount: 172_000, taxRate: 0.09, tax: 15_480, credited: 0, creditedTax: 0 }],
  [2, { lineNo: 2, amount: 8_001, taxRate: 0.06, tax: 480, credited: 3_000, creditedTax: 180 }],
]);

describe('R24 invoices and credit notes', () => {
  it('R24: a credit note is at most what its invoice line has left (409 with the amounts)', () => {
    expect(() => creditLines(lines, [{ invoiceLineNo: 2, amountMinor: 5_002 }])).toThrow(
      expect.objectContaining({
        status: 409,
        slug: 'credit-exceeds-line',
        detail: expect.stringContaining('50.01'),
      }),
    );
    expect(creditLines(lines, [{ invoiceLineNo: 2, amountMinor: 5_001 }])).toEqual([
      // the rest of the line: exactly the tax not yet credited, never a fen more
      { invoiceLineNo: 2, amount: 5_001, tax: 300 },
    ]);
  });

  it('R24: a partial credit carries the line’s rate, half-up', () => {
    expect(creditLines(lines, [{ invoiceLineNo: 1, amountMinor: 50_050 }])).toEqual([
      { invoiceLineNo: 1, amount: 50_050, tax: 4_505 },
    ]);
  });

  it('R24: lines not on the invoice, or named twice, are named (422)', () => {
    expect(() =>
      creditLines(lines, [
        { invoiceLineNo: 1, amountMinor: 1 },
        { invoiceLineNo: 1, amountMinor: 1 },
        { invoiceLineNo: 9, amountMinor: 1 },
      ]),
    ).toThrow(
      expect.objectContaining({
        status: 422,
        errors: [
          { field: 'lines.1.invoiceLineNo', message: 'the line is named twice' },
          { field: 'lines.2.invoiceLineNo', message: 'no such line on the invoice' },
        ],
      }),
    );
  });

  it('R24/R25: an invoice is open until credits and payments cover it', () => {
    expect(invoiceStatus({ total: 100, credited: 0, paid: 0 })).toBe('open');
    expect(invoiceStatus({ total: 100, credited: 10, paid: 40 })).toBe('partially-paid');
    expect(invoiceStatus({ total: 100, credited: 60, paid: 40 })).toBe('paid');
    expect(openMinor({ total: 100, credited: 30, paid: 100 })).toBe(-30);
  });

  it('R24: invoice numbers run per series (branch and year), six digits', () => {
    const at = new Date('2025-12-31T17:00:00Z'); // 1 January 2026 in Shanghai
    expect(seriesOf('INV', 'SH01', at)).toBe('INV-SH01-2026');
    expect(documentNo('INV-SH01-2026', 7)).toBe('INV-SH01-2026-000007');
  });

  it('R25: due the customer’s credit days after the day of issue (China time)', () => {
    expect(dueDateOf(new Date('2025-04-01T01:00:00Z'), 30)).toBe('2025-05-01');
    expect(dueDateOf(new Date('2025-03-31T17:00:00Z'), 0)).toBe('2025-04-01');
  });

  it('R24: only an open dispute can be rejected', () => {
    expect(() => mayRejectDispute('open', 2)).not.toThrow();
    for (const outcome of ['credited', 'rejected', null])
      expect(() => mayRejectDispute(outcome, 2)).toThrow(
        expect.objectContaining({ slug: 'no-open-dispute' }),
      );
  });
});
