import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant, money } from '../shared.schemas';
import { billedCustomer } from './billing.schemas';

export const paymentAllocatedV1Schema = z.object({
  allocationId: z.string().min(1).describe('unique per allocation'),
  paymentId: z.string().min(1),
  invoiceNo: z.string().min(1).describe('the invoice paid (also the key)'),
  customer: billedCustomer,
  branch: z.string().min(1),
  amount: money.describe('the part of the payment applied to this invoice'),
  invoiceOpen: money.describe(
    'what is still open on the invoice after this allocation: total − credit notes − payments',
  ),
  allocatedAt: instant,
});

export const billingPaymentAllocatedV1 = defineEvent({
  type: 'billing.payment.allocated',
  version: 1,
  topic: Topics.billingEvents,
  schema: paymentAllocatedV1Schema,
  // keyed by the invoice like its credit notes: an invoice's events reach finance in order
  key: (data) => data.invoiceNo,
  description:
    'Part of a payment (or of a customer’s credit) was applied to an invoice (R25): partial payments leave the invoice open.',
  example: {
    allocationId: 'ALC-7c1f0d2e',
    paymentId: 'PAY-SH01-2025-000031',
    invoiceNo: 'INV-SH01-2025-000007',
    customer: { customerId: 'CUST-SH-0001', name: '华阳精细化工(上海)有限公司' },
    branch: 'SH01',
    amount: { amountMinor: 523200, currency: 'CNY' },
    invoiceOpen: { amountMinor: 0, currency: 'CNY' },
    allocatedAt: '2025-04-20T03:10:00Z',
  },
});
