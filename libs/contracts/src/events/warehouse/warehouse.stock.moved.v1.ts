import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, calendarDate, instant } from '../shared.schemas';
import { exampleWarehouseStaff, warehouseFormRef, warehouseStaff } from './warehouse.schemas';

export const warehouseStockMovedV1Schema = z.object({
  branch: branchCode,
  document: warehouseFormRef,
  bookedAt: instant,
  bookedBy: warehouseStaff,
  currency: z.literal('CNY'),
  movements: z
    .array(
      z.object({
        seq: z.number().int().describe('the ledger line: one sequence per warehouse'),
        itemCode: z.string().min(1),
        kind: z.string().min(1).describe('finished-goods-in, sale-issue, purchase-in, scrap …'),
        entry: z
          .enum(['normal', 'provisional', 'red-reversal', 'virtual'])
          .describe('provisional 暂估 (R35), red-reversal 红字 (R35), virtual 假退料 (R36)'),
        quantity: z.number().describe('signed: receipts positive, issues negative'),
        valueMinor: z.number().int().describe('signed, fen'),
        balanceQuantity: z.number().describe("the item's stock card right after this line"),
        balanceValueMinor: z.number().int(),
        reversesSeq: z.number().int().nullable(),
        documentDate: calendarDate,
      }),
    )
    .min(1),
});

export const warehouseStockMovedV1 = defineEvent({
  type: 'warehouse.stock.moved',
  version: 1,
  topic: serviceEventsTopic('warehouse'),
  schema: warehouseStockMovedV1Schema,
  key: (data) => `${data.branch}:${data.document.type}:${data.document.id}`,
  description:
    'A form was booked in the stock ledger (R27–R37): its lines with their value and the stock card right after each; the card never goes below zero and always equals the ledger (R28). Finance values stock from these.',
  example: {
    branch: 'SH01',
    document: { type: 'inbound-slip', id: 'IN-SH01-000042' },
    bookedAt: '2025-03-12T06:30:00Z',
    bookedBy: exampleWarehouseStaff,
    currency: 'CNY',
    movements: [
      {
        seq: 1207,
        itemCode: 'FG-PMP-0150',
        kind: 'finished-goods-in',
        entry: 'normal',
        quantity: 12,
        valueMinor: 1_500_000,
        balanceQuantity: 36,
        balanceValueMinor: 4_500_000,
        reversesSeq: null,
        documentDate: '2025-03-12',
      },
    ],
  },
});
