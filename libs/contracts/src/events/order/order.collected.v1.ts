import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, money, staffRef } from '../shared.schemas';

export const orderCollectedV1Schema = z.object({
  orderId: z.string().min(1),
  waybillNo: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1),
  collectedAt: instant,
  recordedBy: staffRef.describe('who handed the goods over'),
  collectedBy: z
    .object({ name: z.string().min(1), idLast4: z.string().length(4) })
    .describe('the person who collected, ID checked (R8)'),
  cashCollected: money.describe('freight collect + COD the consignee paid (R8); 0 when none'),
  notifiedAt: instant.describe('the last pickup notice before collection (R8 evidence)'),
});

export const orderCollectedV1 = defineEvent({
  type: 'order.collected',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: orderCollectedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'The consignee collected a self-pickup shipment at the branch, after a recorded pickup notice and an ID check (R8): the shipment is delivered, and the cash it brought is collected.',
  example: {
    orderId: 'ORD-SH0000000422',
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    collectedAt: '2025-03-15T06:30:00Z',
    recordedBy: { userId: 'u-agent-1', username: 'agent' },
    collectedBy: { name: '李强', idLast4: '123X' },
    cashCollected: { amountMinor: 220180, currency: 'CNY' },
    notifiedAt: '2025-03-14T08:00:00Z',
  },
});
