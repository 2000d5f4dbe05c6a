import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { calendarDate, instant, money } from '../shared.schemas';
import { ageingBuckets, billedCustomer, billingStaff } from './billing.schemas';

export const paymentsConfirmedV1Schema = z.object({
  confirmationId: z.string().min(1).describe('unique; one per customer and month'),
  customer: billedCustomer,
  branch: z.string().min(1),
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .describe('the month whose unpaid amounts were confirmed, `YYYY-MM`'),
  asOf: calendarDate.describe(
    'the last day of that month (Asia/Shanghai): the figures are as of its end',
  ),
  openInvoices: z
    .array(
      z.object({
        invoiceNo: z.string().min(1),
        issuedOn: calendarDate,
        dueDate: calendarDate,
        total: money,
        open: money.describe('total − credit notes − payments, as of `asOf`'),
        daysOutstanding: z.number().int().min(0).describe('days since issue, as of `asOf`'),
      }),
    )
    .describe('every invoice of the customer still unpaid at the end of the month'),
  openTotal: money.describe('the sum of `open`'),
  credit: money.describe('unapplied payments kept as the customer’s credit'),
  ageing: ageingBuckets,
  confirmedAt: instant,
  confirmedBy: billingStaff.describe('the finance clerk who signed the record off (R25)'),
  note: z.string().max(2000).optional(),
});

export const billingPaymentsConfirmedV1 = defineEvent({
  type: 'billing.payments.confirmed',
  version: 1,
  topic: Topics.billingEvents,
  schema: paymentsConfirmedV1Schema,
  key: (data) => data.customer.customerId,
  description:
    'Finance signed off the month-end confirmation of a customer’s unpaid amounts, with their ageing (R25, "payments-confirmed").',
  example: {
    confirmationId: 'RCF-SH01-2025-03-CUST-SH-0001',
    customer: { customerId: 'CUST-SH-0001', name: '华阳精细化工(上海)有限公司' },
    branch: 'SH01',
    period: '2025-03',
    asOf: '2025-03-31',
    openInvoices: [
      {
        invoiceNo: 'INV-SH01-2025-000007',
        issuedOn: '2025-03-03',
        dueDate: '2025-04-02',
        total: { amountMinor: 588600, currency: 'CNY' },
        open: { amountMinor: 523200, currency: 'CNY' },
        daysOutstanding: 28,
      },
    ],
    openTotal: { amountMinor: 523200, currency: 'CNY' },
    credit: { amountMinor: 0, currency: 'CNY' },
    ageing: {
      days0to30: { amountMinor: 523200, currency: 'CNY' },
      days31to60: { amountMinor: 0, currency: 'CNY' },
      days61to90: { amountMinor: 0, currency: 'CNY' },
      over90: { amountMinor: 0, currency: 'CNY' },
    },
    confirmedAt: '2025-04-02T06:00:00Z',
    confirmedBy: { userId: 'u-fin-1', username: 'finance' },
  },
});
