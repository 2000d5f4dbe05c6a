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
  'finance',
  'general-manager',
  'admin',
]);
