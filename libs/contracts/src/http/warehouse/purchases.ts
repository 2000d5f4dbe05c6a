import { z } from 'zod';
import { calendarDate, instant } from '../../events/shared.schemas';
import { pageOf } from '../common';
import {
  fen,
  formBranch,
  formHeader,
  formListQuery,
  itemCode,
  quantity,
  shortText,
  staffView,
} from './common';
import { inspectionBody, inspectionView } from './inbound';

// R35 purchased materials (采购物资入库): received against the acceptance notice (外购物资验收通知单,
// filled by the purchaser, stamped by QC) and the supplier invoice; without an invoice, a
// provisional receipt (暂估入库) at book or market price; when the invoice arrives, the
// provisional entry is reversed by a red entry (冲×年×月×日暂估) and the real receipt booked.

export const newPurchaseReceiptBody = z.strictObject({
  branch: formBranch,
  noticeNo: shortText.describe('acceptance notice number'),
  supplier: shortText,
  purchaser: shortText.describe('who filled in the acceptance notice'),
  lines: z.array(z.strictObject({ itemCode, quantity })).min(1).max(50),
});

const invoice = z.strictObject({
  invoiceNo: shortText,
  invoiceDate: calendarDate,
  lines: z
    .array(z.strictObject({ itemCode, unitPriceMinor: fen.describe('ex-tax, fen') }))
    .min(1)
    .max(50),
});

export const purchaseReceiptBody = z.union([
  z.strictObject({ invoice }),
  z.strictObject({
    provisional: z.strictObject({
      basis: z
        .enum(['book', 'market'])
        .describe("book: the item's book price here; market: the purchaser's prices"),
      lines: z
        .array(z.strictObject({ itemCode, unitPriceMinor: fen }))
        .max(50)
        .optional()
        .describe('market prices from the purchaser (basis market)'),
    }),
  }),
]);

export const invoiceArrivalBody = invoice;

export const PURCHASE_STATUSES = [
  'awaiting-inspection',
  'inspected',
  'received',
  'provisional',
  'rejected',
] as const;

const pricedLine = z.object({
  itemCode: z.string(),
  quantity: z.number(),
  unitPriceMinor: z.number().int(),
  amountMinor: z.number().int(),
});

export const purchaseReceiptView = z.object({
  ...formHeader,
  noticeNo: z.string(),
  supplier: z.string(),
  purchaser: z.string(),
  lines: z.array(z.object({ itemCode: z.string(), quantity: z.number() })),
  inspection: inspectionView.nullable(),
  provisional: z
    .object({
      basis: z.enum(['book', 'market']),
      lines: z.array(pricedLine),
      bookedOn: calendarDate,
      bookedAt: instant,
      by: staffView,
      movementSeqs: z.array(z.number().int()),
    })
    .nullable()
    .describe('暂估入库, when received without an invoice'),
  receipt: z
    .object({
      invoiceNo: z.string(),
      invoiceDate: calendarDate,
      lines: z.array(pricedLine),
      bookedAt: instant,
      by: staffView,
      movementSeqs: z.array(z.number().int()),
      reversalSeqs: z.array(z.number().int()).describe('the red entries, when it was provisional'),
    })
    .nullable(),
});

export const PurchasesHttp = {
  newPurchaseReceiptBody,
  inspectionBody,
  purchaseReceiptBody,
  invoiceArrivalBody,
  purchaseReceiptView,
  purchaseReceipts: pageOf(purchaseReceiptView),
  purchaseReceiptsQuery: formListQuery(PURCHASE_STATUSES),
};
