import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant } from '../shared.schemas';
import { billedCustomer, billedLine, documentTotals } from './billing.schemas';

export const creditNoteIssuedV1Schema = z.object({
  creditNoteNo: z.string().min(1),
  invoiceNo: z.string().min(1).describe('the issued invoice this credit note corrects (R24)'),
  customer: billedCustomer,
  branch: z.string().min(1),
  reason: z.string().min(1).describe('the disputed item, as agreed with the customer'),
  issuedAt: instant,
  lines: z
    .array(
      billedLine.extend({
        invoiceLineNo: z.number().int().min(1).describe('the corrected line of the invoice'),
      }),
    )
    .min(1)
    .describe('amounts credited, as positive numbers'),
  ...documentTotals,
});

export const billingCreditNoteIssuedV1 = defineEvent({
  type: 'billing.credit-note.issued',
  version: 1,
  topic: Topics.billingEvents,
  schema: creditNoteIssuedV1Schema,
  // Keyed by the invoice, not the credit note: finance then always sees an invoice before the
  // credit notes that correct it.
  key: (data) => data.invoiceNo,
  description:
    'Billing issued a credit note correcting a disputed line of an issued invoice; invoices are never edited (R24).',
  example: {
    creditNoteNo: 'CN-SH-2025-04-0002',
    invoiceNo: 'INV-SH-2025-03-0007',
    customer: { customerId: 'CUST-00917', name: 'Hubei Fine Chemicals Co., Ltd.' },
    branch: 'SH',
    reason: 'surcharge charged twice for waybill SH0000000422',
    issuedAt: '2025-04-10T07:30:00Z',
    lines: [
      {
        lineNo: 1,
        invoiceLineNo: 2,
        waybillNo: 'SH0000000422',
        description: 'dangerous-goods surcharge (UN class 3)',
        amount: { amountMinor: 60000, currency: 'CNY' },
        taxRate: 0.09,
        tax: { amountMinor: 5400, currency: 'CNY' },
      },
    ],
    net: { amountMinor: 60000, currency: 'CNY' },
    tax: { amountMinor: 5400, currency: 'CNY' },
    total: { amountMinor: 65400, currency: 'CNY' },
  },
});
