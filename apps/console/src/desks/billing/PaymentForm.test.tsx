import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/fake-gateway';
import { PaymentForm } from './CustomerAccount';
import { problem, renderAs } from './test-support';
import type { CustomerAccount } from './types';

configure({ asyncUtilTimeout: 10_000 });

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const account: CustomerAccount = {
  customer: { customerId: 'CUST-SH-0004', name: '申通五金' },
  branch: 'SH01',
  billingTerms: { kind: 'monthly', creditDays: 30 },
  email: null,
  open: cny(1200_00),
  overdue: cny(0),
  credit: cny(0),
  ageing: { days0to30: cny(1200_00), days31to60: cny(0), days61to90: cny(0), over90: cny(0) },
  openInvoices: [],
};
const PAYMENTS = 'POST /api/v1/customers/CUST-SH-0004/payments';

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("finance records a customer's payment (R25)", { timeout: 60_000 }, () => {
  it('sends the amount in fen with the method and reference', async () => {
    const gateway = renderAs(
      'finance',
      {
        [PAYMENTS]: () =>
          json(201, {
            paymentId: 'p-1',
            amount: cny(1000_00),
            unapplied: cny(0),
            allocations: [],
          }),
      },
      <PaymentForm account={account} onDone={() => undefined} />,
    );
    fill('Amount', '1000');
    fill('Reference', 'ICBC 17');
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    await waitFor(() =>
      expect(gateway.calls.find((c) => c.method === 'POST')?.body).toEqual({
        amount: { amountMinor: 100000, currency: 'CNY' },
        method: 'bank-transfer',
        reference: 'ICBC 17',
      }),
    );
  });

  it("shows a 400's errors at their fields, `overpayment` at the keep-as-credit box", async () => {
    renderAs(
      'finance',
      {
        [PAYMENTS]: () =>
          problem(400, 'validation', '2 problem(s) in the request body', [
            { field: 'receivedAt', message: 'expected an instant' },
            { field: 'overpayment', message: 'expected "keep-as-credit"' },
          ]),
      },
      <PaymentForm account={account} onDone={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    const received = await screen.findByText('expected an instant');
    expect(received.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe(
      'Received',
    );
    const credit = screen.getByText('expected "keep-as-credit"').closest('.ant-form-item');
    expect(credit?.textContent).toContain('Keep any money left over');
  });

  it('shows a 409 refusal above the form', async () => {
    renderAs(
      'finance',
      {
        [PAYMENTS]: () =>
          problem(
            409,
            'overpayment-undecided',
            '¥200.00 is more than the invoices open: keep it as credit or allocate less',
          ),
      },
      <PaymentForm account={account} onDone={() => undefined} />,
    );
    fill('Amount', '1400');
    fireEvent.click(screen.getByRole('button', { name: 'Record the payment' }));
    expect((await screen.findByRole('alert')).textContent).toContain('keep it as credit');
  });
});
