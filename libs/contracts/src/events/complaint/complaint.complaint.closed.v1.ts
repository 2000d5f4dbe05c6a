import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';

export const complaintClosedV1Schema = z.object({
  complaintId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1).optional(),
  waybillNo: z.string().min(1).optional(),
  result: z.string().max(2000),
  repliedWithinDeadline: z.boolean().describe('first reply within the hour (R17)'),
  closedAt: instant,
});

export const complaintComplaintClosedV1 = defineEvent({
  type: 'complaint.complaint.closed',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: complaintClosedV1Schema,
  key: (data) => data.complaintId,
  description: 'A complaint was resolved and closed (R18); a satisfaction survey follows (R23).',
  example: {
    complaintId: 'CMP-SH-2025-000031',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    waybillNo: 'SH0000000422',
    result: 'delivery re-scheduled; delay fee waived',
    repliedWithinDeadline: true,
    closedAt: '2025-03-16T03:30:00Z',
  },
});
