import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const orderCancelledV1Schema = z.object({
  orderId: z.string().min(1),
  waybillNo: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1),
  reason: z.string().min(1).max(500),
  cancelledAt: instant,
  cancelledBy: staffRef,
});

export const orderCancelledV1 = defineEvent({
  type: 'order.cancelled',
  version: 1,
  topic: serviceEventsTopic('order'),
  schema: orderCancelledV1Schema,
  key: (data) => data.waybillNo,
  description: 'An order was cancelled before dispatch (R4): nothing is shipped or charged.',
  example: {
    orderId: 'ORD-SH-2025-000042',
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    reason: 'customer postponed the shipment',
    cancelledAt: '2025-03-11T06:00:00Z',
    cancelledBy: { userId: 'u-agent-1', username: 'agent' },
  },
});
