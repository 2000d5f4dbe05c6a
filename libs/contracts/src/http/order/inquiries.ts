import { z } from 'zod';
import { branchQuery, pageOf, pageQuery } from '../common';
import { branchCode, instant, staffRef } from '../../events/shared.schemas';
import {
  addressBody,
  addressView,
  cargoBody,
  cargoView,
  email,
  escalationView,
  fen,
  instantRange,
  laneView,
  phone,
  priceView,
  serviceOptionsBody,
  serviceOptionsView,
} from './parts';

// R2 quote inquiries, R3 quotes within 8 hours, R19 important inquiries.

export const INQUIRY_STATUSES = [
  'open',
  'needs-analysis',
  'quoted',
  'called-back',
  'declined',
] as const;

/** POST /inquiries (R2). Company, contact name and a phone or e-mail are required. */
export const newInquiryBody = z.strictObject({
  branch: branchCode,
  customerId: z.string().min(1).max(50).optional().describe('when the caller is a known customer'),
  company: z.string().trim().min(1).max(200),
  contact: z
    .strictObject({
      name: z.string().trim().min(1).max(100),
      phone: phone.optional(),
      email: email.optional(),
    })
    .refine((c) => c.phone !== undefined || c.email !== undefined, {
      message: 'a way to reach them is required: phone or email',
      path: ['phone'],
    }),
  cargo: cargoBody,
  origin: addressBody.omit({ label: true }),
  destination: addressBody.omit({ label: true }),
  expectedShippingAt: instant.optional().describe('when they expect to ship'),
  serviceOptions: serviceOptionsBody.prefault({}),
  specialRequirements: z.string().max(2000).optional(),
  important: z
    .boolean()
    .default(false)
    .describe('R19: important business, reported to the branch manager at once'),
});

/** PATCH /inquiries/{id}: what arrives after the call (the MSDS), or an importance change. */
export const inquiryPatchBody = z
  .strictObject({
    msdsReference: z.string().min(1).max(200).optional(),
    important: z.boolean().optional(),
    specialRequirements: z.string().max(2000).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change');

/** A price line an agent writes after analysis (R3 "needs analysis" → quote). */
export const manualLineBody = z.strictObject({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'expected a kebab-case code, e.g. `freight`'),
  description: z.string().min(1).max(200),
  amountMinor: fen,
  taxRate: z.union([z.literal(0.09), z.literal(0.06)]).describe('0.09 transport, 0.06 auxiliary'),
});

/** POST /inquiries/{id}/quote: from the rate table (default: the one valid now) or analysed lines. */
export const quoteBody = z
  .strictObject({
    rateTableId: z.string().min(1).max(50).optional().describe('quote from this version'),
    manualLines: z.array(manualLineBody).min(1).max(30).optional().describe('after analysis'),
    validDays: z.number().int().min(1).max(90).optional().describe('how long the price holds'),
    note: z.string().max(1000).optional(),
  })
  .refine((b) => !(b.rateTableId && b.manualLines), {
    message: 'either a rate table or manual lines, not both',
    path: ['manualLines'],
  });

/** POST /inquiries/{id}/callback: the customer was called back (R3 answer). */
export const callbackBody = z.strictObject({
  outcome: z.string().trim().min(1).max(1000).describe('what the customer was told'),
  reached: z.boolean().default(true).describe('false: no answer — the clock keeps running'),
});

export const declineBody = z.strictObject({
  reason: z.string().trim().min(1).max(500),
});

export const reassignBody = z.strictObject({
  agent: z.strictObject({
    userId: z.string().min(1).max(100),
    username: z.string().min(1).max(100),
  }),
});

export const quoteView = z.object({
  quoteId: z.string(),
  inquiryId: z.string(),
  branch: z.string(),
  customerId: z.string().optional(),
  status: z.enum(['offered', 'accepted', 'ordered', 'expired']),
  lane: laneView,
  price: priceView,
  basis: z.object({
    rateTableId: z.string().optional(),
    chargeableWeightKg: z.number().optional(),
    manual: z.boolean(),
  }),
  validUntil: instant,
  offeredAt: instant,
  offeredBy: staffRef,
  acceptedAt: instant.optional(),
  orderId: z.string().optional(),
  note: z.string().optional(),
});

/** The instant assessment: a quote the table gives at once, or why it needs analysis (R3). */
export const assessmentView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('quotable'),
    rateTableId: z.string(),
    lane: laneView,
    chargeableWeightKg: z.number(),
    price: priceView,
  }),
  z.object({
    kind: z.literal('needs-analysis'),
    reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  }),
]);

export const inquiryView = z.object({
  inquiryId: z.string(),
  branch: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  customerId: z.string().optional(),
  company: z.string(),
  contact: z.object({
    name: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
  }),
  cargo: cargoView,
  origin: addressView,
  destination: addressView,
  expectedShippingAt: instant.optional(),
  serviceOptions: serviceOptionsView,
  specialRequirements: z.string().optional(),
  important: z.boolean(),
  assignedTo: staffRef.describe('the agent who owns the answer (a branch manager can reassign)'),
  receivedAt: instant,
  receivedBy: staffRef,
  deadlineId: z.string().describe('the 8-hour clock on the scheduler: GET /api/v1/deadlines/{id}'),
  answerDueAt: instant
    .nullable()
    .describe('the business-hours due once the scheduler has reported it, else null'),
  assessment: assessmentView,
  quoteBlockedReason: z.string().optional().describe('R2: why it cannot be quoted yet'),
  answer: z
    .object({
      outcome: z.enum(['quoted', 'declined', 'called-back']),
      at: instant,
      by: staffRef,
      withinDeadline: z.boolean(),
      detail: z.string().optional(),
    })
    .optional(),
  callbacks: z.array(
    z.object({ at: instant, by: staffRef, outcome: z.string(), reached: z.boolean() }),
  ),
  quote: quoteView.optional(),
  escalations: z.array(escalationView).describe('R3: each level of the 8-hour ladder that lapsed'),
});

/** GET /inquiries: the desk's list, newest first by default. */
export const inquiryListQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  ...instantRange,
  status: z.enum(INQUIRY_STATUSES).optional(),
  assignedTo: z.string().max(100).optional().describe('userId of the agent'),
  customerId: z.string().max(50).optional(),
  escalated: z.enum(['true', 'false']).optional().describe('only those that did (not) escalate'),
});

export const inquiryPage = pageOf(inquiryView);

export const acceptQuoteBody = z.strictObject({
  note: z.string().max(1000).optional().describe('how the customer accepted (phone, e-mail …)'),
});

export const exampleInquiry = {
  branch: 'SH01',
  customerId: 'CUST-SH-0001',
  company: '华阳精细化工(上海)有限公司',
  contact: { name: '李伟', phone: '13800001001' },
  cargo: {
    description: '涂料 paint',
    pieces: 12,
    weightKg: 860,
    volumeM3: 2.4,
    dangerousGoodsClass: '3',
    msdsReference: 'MSDS-HY-2026-007',
    packaging: 'drums',
  },
  origin: { province: '上海市', city: '上海市', district: '闵行区', street: '华宁路 88 号' },
  destination: { province: '湖北省', city: '武汉市', district: '江汉区', street: '建设大道 1 号' },
  expectedShippingAt: '2026-03-12T01:00:00Z',
  serviceOptions: { pickup: true, deliveryMode: 'door', podRequired: true },
  specialRequirements: 'tail-lift truck',
  important: false,
};
