import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { calendarDate, instant } from '../shared.schemas';
import { billedCustomer, billedLine, documentTotals } from './billing.schemas';

export const invoiceIssuedV1Schema = z.object({
  invoiceNo: z.string().min(1).describe('unique; never reused, never edited once issued (R24)'),
  customer: billedCustomer,
  branch: z.string().min(1).describe('the branch that owns the customer account'),
  billingPeriod: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .describe('the reconciled month, `YYYY-MM`'),
  reconciliationId: z.string().min(1).describe('the reconciliation the customer confirmed (R24)'),
  issuedAt: instant,
  dueDate: calendarDate.describe('payment due date, for receivables ageing (R25)'),
  lines: z.array(billedLine).min(1),
  ...documentTotals,
  // Added to v1 (additive, optional):
  creditDays: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('days to pay after issue, from the customer file (R25)'),
  disputedLineNos: z
    .array(z.number().int().min(1))
    .optional()
    .describe(
      'lines the customer disputed when confirming: credit notes may follow for them (R24); empty or absent when none',
    ),
});

export const billingInvoiceIssuedV1 = defineEvent({
  type: 'billing.invoice.issued',
  version: 1,
  topic: Topics.billingEvents,
  schema: invoiceIssuedV1Schema,
  key: (data) => data.invoiceNo,
  description:
    'Billing issued an invoice for a month the customer confirmed in reconciliation (R24).',
  example: {
    invoiceNo: 'INV-SH-2025-03-0007',
    customer: { customerId: 'CUST-00917', name: 'Hubei Fine Chemicals Co., Ltd.' },
    branch: 'SH',
    billingPeriod: '2025-03',
    reconciliationId: 'REC-SH-2025-03-0917',
    issuedAt: '2025-04-03T02:15:00Z',
    dueDate: '2025-05-03',
    lines: [
      {
        lineNo: 1,
        waybillNo: 'SH0000000422',
        description: 'freight Shanghai–Wuhan',
        amount: { amountMinor: 480000, currency: 'CNY' },
        taxRate: 0.09,
        tax: { amountMinor: 43200, currency: 'CNY' },
      },
      {
        lineNo: 2,
        waybillNo: 'SH0000000422',
        description: 'dangerous-goods surcharge (UN class 3)',
        amount: { amountMinor: 60000, currency: 'CNY' },
        taxRate: 0.09,
        tax: { amountMinor: 5400, currency: 'CNY' },
      },
    ],
    net: { amountMinor: 540000, currency: 'CNY' },
    tax: { amountMinor: 48600, currency: 'CNY' },
    total: { amountMinor: 588600, currency: 'CNY' },
    creditDays: 30,
    disputedLineNos: [2],
  },
});
