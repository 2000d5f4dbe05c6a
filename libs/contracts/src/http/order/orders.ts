import { z } from 'zod';
import { waybillNo } from '../../waybill';
import { branchQuery, pageOf, pageQuery } from '../common';
import { branchCode, instant, staffRef } from '../../events/shared.schemas';
import {
  cargoBody,
  cargoPatchBody,
  cargoView,
  escalationView,
  historyEntryView,
  instantRange,
  laneView,
  partyBody,
  partyView,
  priceView,
  serviceOptionsBody,
  serviceOptionsPatchBody,
  serviceOptionsView,
} from './parts';

// R4 orders (internal work orders for the documents desk), R5 waybills, R6 search, R8 pickup
// notices.

export const PAYMENT_TERMS = ['prepaid', 'freight-collect', 'monthly', 'on-receipt'] as const;

export const ORDER_STATUSES = [
  'placed',
  'acknowledged',
  'amended',
  'dispatched',
  'notified',
  'collected',
  'delivered',
  'cancelled',
] as const;

const window = z
  .strictObject({ from: instant, to: instant })
  .refine((w) => Date.parse(w.to) > Date.parse(w.from), {
    message: 'must end after it starts',
    path: ['to'],
  });

const orderFields = {
  shipper: partyBody
    .optional()
    .describe("defaults to the customer's company, contact and first address"),
  consignee: partyBody,
  paymentTerms: z
    .enum(PAYMENT_TERMS)
    .optional()
    .describe('现付 / 到付 / 月结 / 回单付; defaults from the customer’s billing terms'),
  pickupWindow: window.describe('when the shipper is ready (R40)'),
  promisedDeliveryAt: instant
    .optional()
    .describe("defaults to the window's end + the lane's lead time"),
  requirements: z.string().max(2000).optional().describe("the customer's requirements (R4)"),
  cautions: z
    .string()
    .max(2000)
    .optional()
    .describe('注意事项 for the documents desk and the crew'),
  customerReference: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe("the shipper's own order number"),
};

/**
 * POST /orders (R4): from an accepted quote (`quoteId`: its cargo, services and price are
 * locked) or direct (`cargo` and `serviceOptions`, priced from the rate table valid now).
 */
export const newOrderBody = z
  .strictObject({
    branch: branchCode,
    customerId: z.string().min(1).max(50),
    quoteId: z.string().min(1).max(50).optional(),
    cargo: cargoBody.optional(),
    serviceOptions: serviceOptionsBody.optional(),
    ...orderFields,
  })
  .refine((b) => b.quoteId !== undefined || b.cargo !== undefined, {
    message: 'a direct order needs its cargo (or give the accepted quoteId)',
    path: ['cargo'],
  })
  .refine(
    (b) => b.quoteId === undefined || (b.cargo === undefined && b.serviceOptions === undefined),
    {
      message: 'the accepted quote fixes the cargo and services: leave them out',
      path: ['quoteId'],
    },
  );

/** PATCH /orders/{id} (R4): until dispatched; each change kept; after acknowledgement, a new one is needed. */
export const orderPatchBody = z
  .strictObject({
    shipper: partyBody.optional(),
    consignee: partyBody.optional(),
    cargo: cargoPatchBody.optional().describe('direct orders only: a quote locks its cargo'),
    serviceOptions: serviceOptionsPatchBody.optional(),
    paymentTerms: z.enum(PAYMENT_TERMS).optional(),
    pickupWindow: window.optional(),
    promisedDeliveryAt: instant.optional(),
    requirements: z.string().max(2000).optional(),
    cautions: z.string().max(2000).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change');

export const cancelOrderBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const acknowledgeBody = z.strictObject({
  note: z.string().max(1000).optional().describe('what the documents desk noted'),
});

export const GENDERS = ['male', 'female', 'unspecified'] as const;
export const NOTICE_CHANNELS = ['phone', 'sms', 'wechat', 'in-person'] as const;

/** POST /orders/{id}/pickup-notices (R8): the consignee was told; the evidence is kept. */
export const pickupNoticeBody = z.strictObject({
  channel: z.enum(NOTICE_CHANNELS),
  answeredBy: z
    .strictObject({
      name: z.string().trim().min(1).max(50),
      gender: z.enum(GENDERS).describe('the form asks 是男是女: who answered'),
    })
    .describe('who took the call'),
  piecesArrived: z.number().int().min(1).optional().describe('defaults to every piece'),
  notifiedAt: instant.optional().describe('when they were told; defaults to now'),
  note: z.string().max(1000).optional(),
});

/** POST /orders/{id}/collected (R8): the consignee collected at the branch, ID checked. */
export const collectedBody = z.strictObject({
  collectedBy: z.strictObject({
    name: z.string().trim().min(1).max(50),
    idLast4: z
      .string()
      .regex(/^[0-9]{3}[0-9Xx]$/, 'expected the last 4 characters of the ID number')
      .describe('R8: valid ID was shown; only its last 4 characters are kept'),
  }),
  collectedAt: instant.optional(),
});

export const pickupNoticeView = z.object({
  noticeId: z.string(),
  channel: z.enum(NOTICE_CHANNELS),
  answeredBy: z.object({ name: z.string(), gender: z.enum(GENDERS) }),
  notifiedAt: instant,
  notifiedBy: staffRef,
  piecesArrived: z.number().int(),
  cashToCollect: z.object({
    freightCollect: z.number().int(),
    cod: z.number().int(),
    total: z.number().int(),
    currency: z.literal('CNY'),
  }),
  text: z.string().describe('the notice as sent (copy-paste ready for SMS)'),
  note: z.string().optional(),
});

export const pickupNoticesView = z.object({
  draft: z.string().describe('the notice text for a call or SMS now (R8)'),
  items: z.array(pickupNoticeView),
});

export const orderView = z.object({
  orderId: z.string(),
  waybillNo: z.string(),
  branch: z.string(),
  status: z.enum(ORDER_STATUSES),
  customer: z.object({ customerId: z.string(), company: z.string() }),
  agent: staffRef,
  shipper: partyView,
  consignee: partyView,
  lane: laneView,
  cargo: cargoView,
  serviceOptions: serviceOptionsView,
  price: priceView,
  paymentTerms: z.enum(PAYMENT_TERMS),
  pickupWindow: z.object({ from: instant, to: instant }),
  promisedDeliveryAt: instant,
  requirements: z.string().optional(),
  cautions: z.string().optional(),
  customerReference: z.string().optional(),
  quoteId: z.string().optional(),
  placedAt: instant,
  acknowledgement: z
    .object({
      dueDeadlineId: z.string().nullable(),
      at: instant.optional(),
      by: staffRef.optional(),
    })
    .describe('R4: the documents desk acknowledges; an amendment after it needs a new one'),
  dispatchedAt: instant.optional(),
  deliveredAt: instant.optional(),
  cancellation: z.object({ at: instant, by: staffRef, reason: z.string() }).optional(),
  collection: z
    .object({
      at: instant,
      by: staffRef,
      collectedBy: z.object({ name: z.string(), idLast4: z.string() }),
    })
    .optional(),
  pickupNotices: z.number().int().describe('how many pickup notices are recorded (R8)'),
  escalations: z.array(escalationView),
  version: z.number().int().describe('changes so far'),
});

export const orderSummaryView = orderView
  .pick({
    orderId: true,
    waybillNo: true,
    branch: true,
    status: true,
    customer: true,
    lane: true,
    placedAt: true,
    promisedDeliveryAt: true,
  })
  .extend({
    pieces: z.number().int(),
    weightKg: z.number(),
    volumeM3: z.number(),
    total: z.object({ amountMinor: z.number().int(), currency: z.string() }),
    consignee: z.string(),
  });

/** GET /orders (R6): by waybill, customer, date range (placed), lane and status; keyset pages. */
export const orderSearchQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  ...instantRange,
  waybillNo: waybillNo.optional(),
  customerId: z.string().max(50).optional(),
  origin: z.string().max(50).optional().describe('lane origin region code'),
  destination: z.string().max(50).optional().describe('lane destination region code'),
  status: z.enum(ORDER_STATUSES).optional(),
});

export const orderPage = pageOf(orderSummaryView);
export const orderHistoryQuery = z.strictObject({ ...pageQuery });
export const orderHistoryPage = pageOf(historyEntryView);

export const exampleNewOrder = {
  branch: 'SH01',
  customerId: 'CUST-SH-0001',
  quoteId: 'QUO-SH-000088',
  consignee: {
    name: '武汉光谷光电有限公司',
    contact: '罗斌',
    phone: '13700003001',
    address: { province: '湖北省', city: '武汉市', district: '洪山区', street: '光谷大道 77 号' },
  },
  paymentTerms: 'monthly',
  pickupWindow: { from: '2026-03-12T01:00:00Z', to: '2026-03-12T05:00:00Z' },
  requirements: 'tail-lift truck',
  cautions: 'flammable: keep away from heat',
};

/** GET /orders/{id}/labels.pdf (R5): all pieces, or a range of them (at most 500 a file). */
export const labelsQuery = z
  .strictObject({
    first: z.coerce.number().int().min(1).optional().describe('first piece to print'),
    last: z.coerce.number().int().min(1).optional().describe('last piece to print'),
  })
  .refine((q) => q.first === undefined || q.last === undefined || q.last >= q.first, {
    message: 'must not be before first',
    path: ['last'],
  });
