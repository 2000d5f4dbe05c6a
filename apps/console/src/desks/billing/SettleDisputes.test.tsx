import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/fake-gateway';
import { SettleDisputes } from './SettleDisputes';
import { problem, renderAs } from './test-support';
import type { InvoiceView, StatementView } from './types';

configure({ asyncUtilTimeout: 10_000 });

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const invoice = {
  invoiceNo: 'INV-SH01-2025-000007',
  lines: [
    {
      lineNo: 2,
      waybillNo: 'SH900000302',
      description: '提货费 pickup',
      amount: cny(80_00),
      taxRate: 0.06,
      tax: cny(4_80),
      credited: cny(0),
      dispute: 'open',
    },
  ],
  creditNotes: [],
  payments: [],
} as unknown as InvoiceView;
const statement = {
  invoice: { invoiceNo: invoice.invoiceNo, status: 'open', open: cny(84_80) },
} as StatementView;
const CREDIT = `POST /api/v1/invoices/${invoice.invoiceNo}/credit-notes`;

describe('a disputed line settled by a credit note (R24)', { timeout: 60_000 }, () => {
  it('issues the credit note for the line, in fen', async () => {
    const gateway = renderAs(
      'branch-manager',
      {
        [`GET /api/v1/invoices/${invoice.invoiceNo}`]: () => json(200, invoice),
        [CREDIT]: () => json(201, { creditNoteNo: 'CN-SH01-2025-000001' }),
      },
      <SettleDisputes statement={statement} onDone={() => undefined} />,
    );
    fireEvent.change(await screen.findByLabelText('Reason'), {
      target: { value: 'pickup charged twice' },
    });
    fireEvent.change(screen.getByLabelText('Credit (net, ¥)'), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Issue the credit note' }));
    await waitFor(() =>
      expect(gateway.calls.find((c) => c.method === 'POST')?.body).toEqual({
        reason: 'pickup charged twice',
        lines: [{ invoiceLineNo: 2, amount: { amountMinor: 8000, currency: 'CNY' } }],
      }),
    );
  });

  it("shows a 400's error at the line's amount and a 409 above the form", async () => {
    let answer = () =>
      problem(400, 'validation', '1 problem(s) in the request body', [
        { field: 'lines.0.amount.amountMinor', message: 'expected at least 1' },
      ]);
    renderAs(
      'branch-manager',
      {
        [`GET /api/v1/invoices/${invoice.invoiceNo}`]: () => json(200, invoice),
        [CREDIT]: () => answer(),
      },
      <SettleDisputes statement={statement} onDone={() => undefined} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Issue the credit note' }));
    const error = await screen.findByText('expected at least 1');
    expect(error.closest('.ant-form-item')?.textContent).toContain('Credit (net, ¥)');

    answer = () => problem(409, 'credit-exceeds-line', 'line 2 has ¥80.00 left to credit');
    fireEvent.click(screen.getByRole('button', { name: 'Issue the credit note' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('line 2 has ¥80.00 left to credit'),
    );
  });
});
