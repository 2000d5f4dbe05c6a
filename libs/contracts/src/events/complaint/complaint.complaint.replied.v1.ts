import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const complaintRepliedV1Schema = z.object({
  complaintId: z.string().min(1),
  branch: branchCode,
  round: z.number().int().min(1).describe('1, then +1 per reopening'),
  first: z.boolean().describe('the first reply of the round: it stopped the 1-hour clock'),
  repliedAt: instant,
  repliedBy: staffRef,
  withinDeadline: z.boolean().describe('R17: within 1 hour of registering (or reopening)'),
});

export const complaintComplaintRepliedV1 = defineEvent({
  type: 'complaint.complaint.replied',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: complaintRepliedV1Schema,
  key: (data) => data.complaintId,
  description: 'The customer got a reply to a complaint (R17); the first one stops the escalation.',
  example: {
    complaintId: 'CMP-SH01-000031',
    branch: 'SH01',
    round: 1,
    first: true,
    repliedAt: '2026-03-02T01:40:00Z',
    repliedBy: { userId: 'u-agent-1', username: 'agent' },
    withinDeadline: true,
  },
});
