import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const orderAcknowledgedV1Schema = z.object({
  orderId: z.string().min(1),
  waybillNo: z.string().min(1),
  branch: branchCode,
  acknowledgedAt: instant,
  acknowledgedBy: staffRef.describe('the documents clerk (R4)'),
});

export const orderAcknowledgedV1 = defineEvent({
  type: 'order.acknowledged',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: orderAcknowledgedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'The documents desk acknowledged the work order (R4); the shipment can be dispatched.',
  example: {
    orderId: 'ORD-SH-2025-000042',
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    acknowledgedAt: '2025-03-11T02:50:00Z',
    acknowledgedBy: { userId: 'u-docs-1', username: 'documents-clerk' },
  },
});
