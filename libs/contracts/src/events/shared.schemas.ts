import { z } from 'zod';

/** RFC 3339 timestamp with offset; producers send UTC (`Z`). */
export const instant = z.iso.datetime({ offset: true });

/** ISO 8601 calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.iso.date();

/** ISO 4217 currency code. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .describe('ISO 4217 code, e.g. `CNY`');

/** Money as integer minor units (fen for CNY) with its currency: never floating point. */
export const money = z.object({
  amountMinor: z.number().int().describe('amount in minor units of the currency (fen for CNY)'),
  currency: currencyCode,
});
export type Money = z.infer<typeof money>;

/** ISO 8601 duration in days, hours, minutes, seconds, e.g. `PT8H`, `P1DT4H`, `PT0S`. */
export const isoDuration = z
  .string()
  .regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/)
  .describe('ISO 8601 duration (days, hours, minutes, seconds), e.g. `PT8H`');

/**
 * The roles of R41 — the roles staff sign in with at the gateway (its ROLES is this list) and
 * that a deadline can escalate to.
 */
export const staffRole = z.enum([
  'agent',
  'branch-manager',
  'hq-service',
  'documents-clerk',
  'dispatcher',
  'warehouse-keeper',
  'qc-inspector',
  // R27–R38 (warehouse): who signs inbound slips and requisitions, who sells, who keeps the gate
  'workshop-director',
  'sales',
  'gate-guard',
  'finance',
  'general-manager',
  'admin',
]);

/** A branch code, e.g. `SH01` (R41: every record belongs to one). */
export const branchCode = z
  .string()
  .regex(/^[A-Z0-9-]{2,16}$/)
  .describe('branch code, e.g. `SH01`');

/** The member of staff who did something, as the gateway verified them. */
export const staffRef = z
  .object({ userId: z.string().min(1), username: z.string().min(1) })
  .describe('who did it (the signed-in user)');

/** A mainland-China style address: province / city / district / street (省/市/区/街道). */
export const address = z.object({
  province: z.string().min(1).max(50),
  city: z.string().min(1).max(50),
  district: z.string().max(50).optional(),
  street: z.string().max(200).optional(),
  coordinates: z
    .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .optional()
    .describe('WGS 84, when known (route planning, R40)'),
});
export type Address = z.infer<typeof address>;

/** Someone the shipment is picked up from or delivered to. */
export const party = z.object({
  name: z.string().min(1).max(100).describe('company or person'),
  contact: z.string().max(50).optional().describe('the person to ask for'),
  phone: z.string().min(3).max(30),
  address,
});

/** Dangerous-goods class (UN 1–9) or `none` (R2). */
export const dangerousGoodsClass = z
  .enum(['none', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
  .describe('UN hazard class 1–9, or `none`');
