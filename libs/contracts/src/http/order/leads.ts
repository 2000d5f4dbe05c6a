import { z } from 'zod';
import { branchQuery, pageOf, pageQuery } from '../common';
import { billingTermsBody, contactBody, customerView } from './customers';
import { branchCode, instant, staffRef } from '../../events/shared.schemas';
import { addressBody, email, phone } from './parts';

// R9: prospective customers; a promising one is reported at once to the department (branch)
// manager and the general manager; a lead becomes a customer keeping its history.

export const LEAD_SOURCES = ['call', 'visit', 'referral', 'exhibition', 'web', 'other'] as const;
export const LEAD_STATUSES = ['new', 'promising', 'converted'] as const;

export const newLeadBody = z.strictObject({
  branch: branchCode,
  company: z.string().trim().min(1).max(200),
  contact: z.strictObject({
    name: z.string().trim().min(1).max(100),
    phone: phone.optional(),
    email: email.optional(),
  }),
  source: z.enum(LEAD_SOURCES),
  notes: z.string().max(2000).optional().describe('volumes, lanes, what they ship today'),
});

export const promisingBody = z.strictObject({
  reason: z.string().trim().min(1).max(1000).describe('why it looks promising (the alert says so)'),
});

/** POST /leads/{id}/convert: what the customer file needs beyond the lead. */
export const convertLeadBody = z.strictObject({
  contacts: z
    .array(contactBody)
    .min(1)
    .max(20)
    .optional()
    .describe("defaults to the lead's contact"),
  addresses: z.array(addressBody).max(20).default([]),
  billingTerms: billingTermsBody,
  email: email.optional(),
});

export const leadView = z.object({
  leadId: z.string(),
  branch: z.string(),
  status: z.enum(LEAD_STATUSES),
  company: z.string(),
  contact: z.object({
    name: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
  }),
  source: z.enum(LEAD_SOURCES),
  notes: z.string().optional(),
  createdAt: instant,
  createdBy: staffRef,
  promising: z.object({ at: instant, by: staffRef, reason: z.string() }).optional(),
  customerId: z.string().optional().describe('the customer it became (R9)'),
  history: z.array(
    z.object({ at: instant, by: staffRef, event: z.string(), detail: z.string().optional() }),
  ),
});

export const leadListQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  status: z.enum(LEAD_STATUSES).optional(),
});

export const leadPage = pageOf(leadView);

export const exampleLead = {
  branch: 'SH01',
  company: '湖北精细化工有限公司',
  contact: { name: '王芳', phone: '13800138000' },
  source: 'exhibition',
  notes: 'ships about 40 t a month Shanghai–Wuhan with another carrier',
};

/** POST /leads/{id}/convert answers the lead and the customer it became. */
export const leadConversionView = z.object({ lead: leadView, customer: customerView });
