import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const complaintRegisteredV1Schema = z.object({
  complaintId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1).optional(),
  waybillNo: z.string().min(1).optional(),
  cause: z.string().max(100).optional().describe('from the managed list of causes (R18)'),
  agent: staffRef,
  important: z.boolean().describe('R19'),
  solvedOnCall: z.boolean().describe('R17: handled at once on the call'),
  registeredAt: instant,
});

export const complaintComplaintRegisteredV1 = defineEvent({
  type: 'complaint.complaint.registered',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: complaintRegisteredV1Schema,
  key: (data) => data.complaintId,
  description:
    'A complaint was recorded (R17, R18); billing counts them for the complaint rate (R26).',
  example: {
    complaintId: 'CMP-SH-2025-000031',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    waybillNo: 'SH0000000422',
    cause: 'late-delivery',
    agent: { userId: 'u-agent-1', username: 'agent' },
    important: false,
    solvedOnCall: false,
    registeredAt: '2025-03-16T01:00:00Z',
  },
});
