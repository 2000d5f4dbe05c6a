import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const podReturnedV1Schema = z.object({
  batchId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .describe('the month whose PODs the batch holds (received then), YYYY-MM'),
  waybillNos: z.array(z.string().min(1)).min(1),
  courier: z.string().min(1).max(100),
  courierRef: z.string().min(1).max(100).describe("the courier's tracking number of the packet"),
  sentAt: instant,
  sentBy: staffRef,
});

export const trackingPodReturnedV1 = defineEvent({
  type: 'tracking.pod.returned',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: podReturnedV1Schema,
  key: (data) => data.batchId,
  description:
    "A month's return receipts (PODs) of one customer were sent back to them by courier (R14).",
  example: {
    batchId: 'PRB-SH01-2025-03-CUST-SH-00917-1',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    month: '2025-03',
    waybillNos: ['SH0000000422'],
    courier: 'SF Express',
    courierRef: 'SF1234567890',
    sentAt: '2025-04-02T02:00:00Z',
    sentBy: { userId: 'u-docs-1', username: 'documents-clerk' },
  },
});
