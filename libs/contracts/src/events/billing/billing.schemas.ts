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
});

export const documentTotals = {
  net: money.describe('sum of the lines, net of tax'),
  tax: money.describe('value-added tax'),
  total: money.describe('net + tax: the amount the customer owes (or is credited)'),
};
