import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const podReceivedV1Schema = z.object({
  waybillNo: z.string().min(1),
  branch: branchCode.describe("the shipment's branch (the customer's)"),
  customerId: z.string().min(1),
  receivedAt: instant,
  receivedAtBranch: branchCode.describe('where the paper POD arrived'),
  receivedBy: staffRef,
});

export const trackingPodReceivedV1 = defineEvent({
  type: 'tracking.pod.received',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: podReceivedV1Schema,
  key: (data) => data.waybillNo,
  description:
    "A delivered shipment's signed return receipt (POD) came back and is in custody (R14); the documents desk checks statements against it (R24).",
  example: {
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    receivedAt: '2025-03-18T03:00:00Z',
    receivedAtBranch: 'SH01',
    receivedBy: { userId: 'u-docs-1', username: 'documents-clerk' },
  },
});
