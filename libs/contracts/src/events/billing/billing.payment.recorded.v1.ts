import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant, money } from '../shared.schemas';
import { billedCustomer, billingStaff } from './billing.schemas';

export const paymentRecordedV1Schema = z.object({
  paymentId: z.string().min(1).describe('unique; the payment as finance recorded it in billing'),
  customer: billedCustomer,
  branch: z.string().min(1).describe('the branch that owns the customer account'),
  receivedAt: instant.describe('when the money arrived (value date)'),
  amount: money.describe('the whole amount received'),
  method: z.enum(['bank-transfer', 'cash', 'cheque', 'other']),
  reference: z.string().min(1).describe("the bank's or the customer's reference"),
  allocations: z
    .array(z.object({ invoiceNo: z.string().min(1), amount: money }))
    .describe(
      'how much of it paid which invoice (each also published as billing.payment.allocated)',
    ),
  unapplied: money.describe(
    'what is left over and kept as the customer’s credit (an overpayment, R25); zero when none',
  ),
  recordedAt: instant,
  recordedBy: billingStaff,
});

export const billingPaymentRecordedV1 = defineEvent({
  type: 'billing.payment.recorded',
  version: 1,
  topic: Topics.billingEvents,
  schema: paymentRecordedV1Schema,
  // keyed by customer: a customer's payments and monthly confirmations stay in order
  key: (data) => data.customer.customerId,
  description:
    'A payment from a customer was recorded and allocated to invoices; any overpayment is kept as the customer’s credit (R25).',
  example: {
    paymentId: 'PAY-SH01-2025-000031',
    customer: { customerId: 'CUST-SH-0001', name: '华阳精细化工(上海)有限公司' },
    branch: 'SH01',
    receivedAt: '2025-04-20T02:00:00Z',
    amount: { amountMinor: 600000, currency: 'CNY' },
    method: 'bank-transfer',
    reference: 'ICBC 2025042000017',
    allocations: [
      { invoiceNo: 'INV-SH01-2025-000007', amount: { amountMinor: 523200, currency: 'CNY' } },
    ],
    unapplied: { amountMinor: 76800, currency: 'CNY' },
    recordedAt: '2025-04-20T03:10:00Z',
    recordedBy: { userId: 'u-fin-1', username: 'finance' },
  },
});
