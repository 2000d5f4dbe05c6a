import { z } from 'zod';
import { dangerousGoodsClass, instant, money, staffRef } from '../../events/shared.schemas';

// Building blocks of the order service's request and answer schemas. Requests are strict
// objects (an unknown field is a 400 naming it); answers are plain objects.

/**
 * A phone number as people give it (`138 0013 8000`, `+86 13800138000`, `021-5550 0101`),
 * normalised: a mobile is 11 digits starting with 1, a landline its area code, a dash and the
 * number (`021-55500101`). What the customer search and duplicate check compare.
 */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-()（）.]/g, '').replace(/^(\+86|0086)/, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  const landline = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$/.exec(digits);
  return landline ? `${landline[1]}-${landline[2]}` : null;
}

export const phone = z
  .string()
  .max(30)
  .transform((raw, ctx) => {
    const normal = normalisePhone(raw);
    if (normal === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected a mobile (11 digits starting with 1) or a landline with its area code',
      });
      return z.NEVER;
    }
    return normal;
  })
  .describe('mobile `13800138000` or landline `021-55500101` (spaces, dashes, +86 accepted)');

export const email = z.email({ error: 'expected an e-mail address' }).max(200);

/** A structured address in a request: province / city / district / street (R1, R2). */
export const addressBody = z.strictObject({
  label: z.string().max(50).optional().describe('e.g. `warehouse`, `plant`'),
  province: z.string().min(1).max(50),
  city: z.string().min(1).max(50),
  district: z.string().max(50).optional(),
  street: z.string().max(200).optional(),
  coordinates: z
    .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .optional()
    .describe('WGS 84, when known (route planning, R40)'),
});

export const addressView = z.object({
  label: z.string().optional(),
  province: z.string(),
  city: z.string(),
  district: z.string().optional(),
  street: z.string().optional(),
  coordinates: z.object({ lat: z.number(), lng: z.number() }).optional(),
});

/** Someone a shipment is picked up from or delivered to. */
export const partyBody = z.strictObject({
  name: z.string().min(1).max(100).describe('company or person'),
  contact: z.string().max(50).optional().describe('the person to ask for'),
  phone,
  address: addressBody.omit({ label: true }),
});

export const partyView = z.object({
  name: z.string(),
  contact: z.string().optional(),
  phone: z.string(),
  address: addressView,
});

/** Money in a request: integer fen, CNY. */
export const fen = z.number().int().min(0).max(10_000_000_000).describe('integer fen (CNY)');

export const moneyView = money;

const cargoFields = {
  description: z.string().min(1).max(200).describe('product name (品名)'),
  pieces: z.number().int().min(1).max(100_000),
  weightKg: z.number().positive().max(1_000_000),
  volumeM3: z.number().positive().max(10_000),
  dangerousGoodsClass,
  msdsReference: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('the MSDS document reference; dangerous goods need one to be quoted (R2)'),
  packaging: z.string().max(100).optional(),
};

/** What goes on the truck, as an inquiry or an order states it (R2). */
export const cargoBody = z.strictObject({
  ...cargoFields,
  dangerousGoodsClass: dangerousGoodsClass.default('none'),
});

/** A change of some of the cargo's fields (no defaults: what is left out stays as it is). */
export const cargoPatchBody = z.strictObject(cargoFields).partial();

export const cargoView = z.object({
  description: z.string(),
  pieces: z.number().int(),
  weightKg: z.number(),
  volumeM3: z.number(),
  dangerousGoodsClass,
  msdsReference: z.string().optional(),
  packaging: z.string().optional(),
});

export const DELIVERY_MODES = ['self-pickup', 'door'] as const;

const serviceFields = {
  pickup: z.boolean().describe('we collect at the shipper (提货)'),
  deliveryMode: z
    .enum(DELIVERY_MODES)
    .describe('consignee collects at our branch (自提), or delivery to the door (送货上门)'),
  declaredValue: fen.optional().describe('declared value for insurance (保价), fen'),
  codAmount: fen.optional().describe('cash on delivery collected for the shipper (代收货款), fen'),
  podRequired: z.boolean().describe('a signed return receipt comes back (回单)'),
};

/** The services a price covers besides the haul (conventions of the trade). */
export const serviceOptionsBody = z.strictObject({
  ...serviceFields,
  pickup: serviceFields.pickup.default(false),
  deliveryMode: serviceFields.deliveryMode.default('self-pickup'),
  podRequired: serviceFields.podRequired.default(false),
});

/** A change of some services (no defaults). */
export const serviceOptionsPatchBody = z.strictObject(serviceFields).partial();

export const serviceOptionsView = z.object({
  pickup: z.boolean(),
  deliveryMode: z.enum(DELIVERY_MODES),
  declaredValue: z.number().int().optional(),
  codAmount: z.number().int().optional(),
  podRequired: z.boolean(),
});

/** One line of a price: net amount and its VAT rate (R3; 9 % transport, 6 % auxiliary). */
export const priceLineView = z.object({
  code: z.string(),
  description: z.string(),
  amount: money,
  taxRate: z.number(),
});

export const priceView = z.object({
  lines: z.array(priceLineView),
  net: money,
  tax: money,
  total: money,
});

export const laneView = z.object({
  origin: z.string().describe('region code of the rate table, e.g. `SH`'),
  destination: z.string(),
});

export const escalationView = z.object({
  level: z.number().int(),
  role: z.string(),
  raisedAt: instant,
  deadlineId: z.string(),
});

export const historyEntryView = z.object({
  at: instant,
  by: staffRef,
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});

/** `?from=&to=` of a date-ranged list: instants, `from` inclusive, `to` exclusive. */
export const instantRange = {
  from: z.iso.datetime({ offset: true, error: 'expected an RFC 3339 time' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'expected an RFC 3339 time' }).optional(),
};
