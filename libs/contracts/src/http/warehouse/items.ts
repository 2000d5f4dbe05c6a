import { z } from 'zod';
import { branchCode, calendarDate, instant } from '../../events/shared.schemas';
import { branchQuery, listOf, pageOf, pageQuery } from '../common';
import {
  countedQuantity,
  fen,
  itemCategory,
  itemCode,
  shortText,
  signedFen,
  staffView,
} from './common';

// Items (company catalogue), stock cards and the stock ledger (R27, R28, R30, R35).

export const newItemBody = z.strictObject({
  code: itemCode,
  category: itemCategory,
  name: shortText.describe('as the technical department writes it (R27)'),
  specification: z.string().trim().max(200).default(''),
  unit: z.string().trim().min(1).max(16).describe('pcs, kg, m, set …'),
  standardLabourHours: z
    .number()
    .positive()
    .max(10_000)
    .optional()
    .describe('per unit, from the technical department (R27)'),
});

/** R27: finance's ex-tax price of finished goods; R30: the company minimum for retail sales. */
export const itemPricesBody = z
  .strictObject({
    standardPriceMinor: fen.optional().describe('ex-tax unit price from finance (R27)'),
    minimumPriceMinor: fen
      .optional()
      .describe('lowest retail unit price without the general manager (R30)'),
  })
  .refine((b) => b.standardPriceMinor !== undefined || b.minimumPriceMinor !== undefined, {
    message: 'give standardPriceMinor, minimumPriceMinor or both',
  });

export const itemView = z.object({
  code: z.string(),
  category: itemCategory,
  name: z.string(),
  specification: z.string(),
  unit: z.string(),
  standardLabourHours: z.number().nullable(),
  standardPriceMinor: z.number().int().nullable(),
  minimumPriceMinor: z.number().int().nullable(),
  currency: z.literal('CNY'),
  pricesSetBy: staffView.nullable(),
  pricesSetAt: instant.nullable(),
});

export const itemsQuery = z.strictObject({
  ...pageQuery,
  category: itemCategory.optional(),
});

/** R28: one item's stock card in a branch: what the ledger adds up to. */
export const stockCardView = z.object({
  branch: branchCode,
  itemCode: z.string(),
  name: z.string(),
  category: itemCategory,
  unit: z.string(),
  quantity: z.number(),
  valueMinor: z.number().int(),
  averageUnitCostMinor: z.number().nullable().describe('moving weighted average, fen per unit'),
  lastMovedAt: instant.nullable(),
});

export const stockQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  category: itemCategory.optional(),
  itemCode: itemCode.optional(),
});

export const WAREHOUSE_MOVEMENT_ENTRIES = [
  'normal',
  'provisional',
  'red-reversal',
  'virtual',
] as const;

/** One line of the stock ledger, with the card's balance right after it. */
export const movementView = z.object({
  seq: z.number().int(),
  branch: branchCode,
  itemCode: z.string(),
  kind: z.string().describe('finished-goods-in, sale-issue, return-in, purchase-in, scrap …'),
  entry: z
    .enum(WAREHOUSE_MOVEMENT_ENTRIES)
    .describe('provisional (暂估), red-reversal (红字), virtual (假退料)'),
  quantity: z.number().describe('signed: receipts positive, issues negative'),
  valueMinor: signedFen,
  balanceQuantity: z.number(),
  balanceValueMinor: signedFen,
  document: z.object({ type: z.string(), id: z.string(), line: z.number().int() }),
  reversesSeq: z.number().int().nullable(),
  memo: z.string(),
  documentDate: calendarDate,
  bookedAt: instant,
  bookedBy: staffView,
});

export const ledgerQuery = z.strictObject({
  ...pageQuery,
  ...branchQuery,
  itemCode: itemCode.optional(),
  documentId: z.string().max(64).optional(),
  from: instant.optional().describe('booked at or after'),
  to: instant.optional().describe('booked before'),
});

export const idleQuery = z.strictObject({
  ...branchQuery,
  days: z.coerce.number().int().min(1).max(3650).default(180).describe('no movement for this long'),
});

/** R28: ledger and card compared item by item (they always agree; a mismatch is an alarm). */
export const reconciliationView = z.object({
  branch: branchCode,
  asOf: instant,
  itemsChecked: z.number().int(),
  mismatches: z.array(
    z.object({
      itemCode: z.string(),
      ledgerQuantity: z.number(),
      cardQuantity: z.number(),
      ledgerValueMinor: z.number().int(),
      cardValueMinor: z.number().int(),
    }),
  ),
});

export const reconciliationQuery = z.strictObject({ category: itemCategory.optional() });

export const ItemsHttp = {
  newItemBody,
  itemPricesBody,
  itemView,
  items: pageOf(itemView),
  itemsQuery,
  stockCardView,
  stockCards: pageOf(stockCardView),
  stockQuery,
  movementView,
  ledger: pageOf(movementView),
  ledgerQuery,
  idleQuery,
  idleCards: listOf(stockCardView),
  reconciliationView,
  reconciliationQuery,
  countedQuantity,
};
