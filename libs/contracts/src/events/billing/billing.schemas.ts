import { z } from 'zod';
import { money } from '../shared.schemas';

/** The customer account an invoice or credit note is addressed to (R1). */
export const billedCustomer = z.object({
  customerId: z.string().min(1).describe("the customer's id in the customer file (R1)"),
  name: z.string().min(1).describe('company name as on the invoice'),
});

export const billedLine = z.object({
  lineNo: z.number().int().min(1),
  waybillNo: z.string().min(1).describe('the shipment the charge is for'),
  description: z.string().min(1).describe('e.g. freight, dangerous-goods surcharge, COD fee'),
  amount: money.describe('net of tax'),
  // Added to v1 (additive, optional): what a ledger needs to book VAT per line.
  taxRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('VAT rate of the line: 0.09 transport, 0.06 auxiliary logistics services'),
  tax: money
    .optional()
    .describe('VAT of the line: amount × taxRate, rounded half-up to the fen (fen of CNY)'),
});

export const documentTotals = {
  net: money.describe('sum of the lines, net of tax'),
  tax: money.describe('value-added tax: the sum of the lines’ tax'),
  total: money.describe('net + tax: the amount the customer owes (or is credited)'),
};

/** A customer's open receivables split by age (R25): days since the invoice was issued. */
export const ageingBuckets = z
  .object({
    days0to30: money,
    days31to60: money,
    days61to90: money,
    over90: money,
  })
  .describe('open amounts by days since issue: 0–30, 31–60, 61–90, over 90 (R25)');

/** A member of staff as billing records them (who recorded a payment, who signed off). */
export const billingStaff = z
  .object({ userId: z.string().min(1), username: z.string().min(1) })
  .describe('the signed-in user who did it');
