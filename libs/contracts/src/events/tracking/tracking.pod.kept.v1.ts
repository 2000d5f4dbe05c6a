import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const podKeptV1Schema = z.object({
  batchId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  waybillNos: z.array(z.string().min(1)).min(1),
  filedAt: z.string().min(1).max(200).describe('where the company keeps them'),
  keptAt: instant,
  keptBy: staffRef,
});

export const trackingPodKeptV1 = defineEvent({
  type: 'tracking.pod.kept',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: podKeptV1Schema,
  key: (data) => data.batchId,
  description:
    "A month's return receipts (PODs) of a customer who does not want them back are kept by the company (R14).",
  example: {
    batchId: 'PRB-SH01-2025-03-CUST-SH-0003-1',
    branch: 'SH01',
    customerId: 'CUST-SH-0003',
    month: '2025-03',
    waybillNos: ['SH0000000422'],
    filedAt: 'SH01 archive, cabinet 4, 2025-03',
    keptAt: '2025-04-01T02:00:00Z',
    keptBy: { userId: 'u-docs-1', username: 'documents-clerk' },
  },
});
