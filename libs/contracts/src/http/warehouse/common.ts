import { z } from 'zod';
import { branchCode, instant } from '../../events/shared.schemas';
import { branchQuery, pageQuery } from '../common';

// What every warehouse form shares (R27–R38): items, quantities, money in fen, who did what when.

/** R28: stock is kept by category. */
export const WAREHOUSE_ITEM_CATEGORIES = [
  'finished-goods',
  'raw-material',
  'spare-part',
  'packaging',
] as const;
export const itemCategory = z.enum(WAREHOUSE_ITEM_CATEGORIES);

/** A drawing number (finished goods, R27) or material code, as on slips and stock cards. */
export const itemCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9._-]{1,39}$/, 'expected a drawing or material code such as FG-PMP-0150');

const threeDecimals = (n: number) => Math.abs(Math.round(n * 1000) - n * 1000) < 1e-6;

/** A quantity in the item's unit (pcs, kg, m …): more than 0, at most 3 decimals. */
export const quantity = z.number().positive().max(1e10).refine(threeDecimals, 'at most 3 decimals');

/** A quantity that may be 0 (a count, an unused remainder). */
export const countedQuantity = z
  .number()
  .min(0)
  .max(1e10)
  .refine(threeDecimals, 'at most 3 decimals');

/** Money in fen (CNY minor units), never floating point. */
export const fen = z.number().int().min(0).max(1e13).describe('CNY in fen (1 yuan = 100 fen)');

/** A signed amount in fen (ledger values: issues and red entries are negative). */
export const signedFen = z.number().int().min(-1e13).max(1e13).describe('CNY in fen, signed');

export const currency = z.literal('CNY');

export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().trim().min(1).max(2000);

/** A person outside the system who signs a form (a buyer, a processor's clerk, a purchaser). */
export const signatory = z.strictObject({
  name: shortText,
  title: z.string().trim().max(100).optional().describe('position or company'),
});

/** A member of staff as the gateway signed them in: who did a step. */
export const staffView = z.object({
  userId: z.string(),
  username: z.string(),
  role: z.string(),
});

/** One step of a form's life: who, when, what (every form keeps its trail; the gateway audits too). */
export const trailEntry = z.object({
  step: z.string().describe('raised, signed, inspected, received, issued, approved …'),
  by: staffView,
  at: instant,
  note: z.string().optional(),
});

/** Fields every form's view starts with. */
export const formHeader = {
  id: z.string(),
  branch: branchCode,
  status: z.string(),
  currency,
  createdAt: instant,
  createdBy: staffView,
  trail: z.array(trailEntry),
};

/** `?branch=&status=&limit=&cursor=` of a list of forms, newest first. */
export const formListQuery = (statuses: readonly [string, ...string[]]) =>
  z.strictObject({
    ...pageQuery,
    ...branchQuery,
    status: z.enum(statuses).optional(),
  });

/** The branch a new form belongs to: filled in with yours by the gateway when you leave it out. */
export const formBranch = branchCode.describe("the warehouse's branch; yours when left out");
