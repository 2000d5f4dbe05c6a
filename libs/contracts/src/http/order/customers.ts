import { z } from 'zod';
import { exampleCustomer } from '../../events/order/order.schemas';
import { branchQuery, pageOf, pageQuery } from '../common';
import { branchCode, instant, staffRef } from '../../events/shared.schemas';
import { addressBody, addressView, email, historyEntryView, phone } from './parts';

// R1: the customer file — company, contacts, addresses, billing terms, owning branch — and the
// history of every change.

export const contactBody = z.strictObject({
  name: z.string().min(1).max(100),
  phone,
  email: email.optional(),
});

export const billingTermsBody = z.strictObject({
  kind: z.enum(['monthly', 'cash']).describe('monthly statement (月结) or cash per shipment'),
  creditDays: z.number().int().min(0).max(365).describe('days to pay after the invoice (R25)'),
});

const customerFields = {
  company: z.string().trim().min(1).max(200),
  contacts: z.array(contactBody).min(1).max(20).describe('at least one person to call'),
  addresses: z.array(addressBody).max(20).default([]),
  billingTerms: billingTermsBody,
  email: email.optional().describe('where statements and notices go'),
};

/** POST /customers (R1). `branch` is filled in by the gateway for branch staff. */
export const newCustomerBody = z.strictObject({
  branch: branchCode.describe('the branch that owns the account (R41)'),
  ...customerFields,
});

/** PATCH /customers/{id}: the fields to change; each change is kept in the history (R1). */
export const customerPatchBody = z
  .strictObject({
    company: customerFields.company.optional(),
    contacts: customerFields.contacts.optional(),
    addresses: z.array(addressBody).max(20).optional(),
    billingTerms: billingTermsBody.optional(),
    email: email.nullable().optional().describe('null removes it'),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change');

export const duplicateView = z.object({
  customerId: z.string(),
  company: z.string(),
  branch: z.string(),
  reason: z.enum(['same-company', 'same-phone']),
});

export const customerView = z.object({
  customerId: z.string(),
  branch: z.string(),
  company: z.string(),
  contacts: z.array(
    z.object({ name: z.string(), phone: z.string(), email: z.string().optional() }),
  ),
  addresses: z.array(addressView),
  billingTerms: z.object({ kind: z.enum(['monthly', 'cash']), creditDays: z.number().int() }),
  email: z.string().optional(),
  possibleDuplicates: z
    .array(duplicateView)
    .describe('customers this one may duplicate, flagged when it was opened (R1)'),
  convertedFromLeadId: z.string().optional().describe('the lead it came from (R9)'),
  createdAt: instant,
  createdBy: staffRef,
  updatedAt: instant,
});

/** GET /customers: search by name, phone and contact (R1). */
export const customerSearchQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("part of the company's or a contact's name"),
  phone: z.string().max(30).optional().describe('a contact phone, as typed (normalised)'),
});

export const customerHistoryQuery = z.strictObject({ ...pageQuery });

export const customerHistoryEntryView = historyEntryView.extend({
  source: z
    .enum(['customer', 'lead'])
    .describe('`lead`: kept from the lead the customer was converted from (R9)'),
});

export const customerPage = pageOf(customerView);
export const customerHistoryPage = pageOf(customerHistoryEntryView);

/** A file as an agent opens it (the customer of the events' examples, with its coordinates). */
export const exampleNewCustomer = {
  branch: exampleCustomer.branch,
  company: exampleCustomer.company,
  contacts: exampleCustomer.contacts,
  addresses: [{ ...exampleCustomer.addresses[0], coordinates: { lat: 31.2, lng: 121.6 } }],
  billingTerms: exampleCustomer.billingTerms,
};
