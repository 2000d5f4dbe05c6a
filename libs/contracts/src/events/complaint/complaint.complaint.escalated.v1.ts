import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRole } from '../shared.schemas';

export const complaintEscalatedV1Schema = z.object({
  complaintId: z.string().min(1),
  branch: branchCode,
  round: z.number().int().min(1),
  level: z.number().int().min(1),
  role: staffRole.describe('the level it climbed to'),
  assignee: z.string().nullable().describe('the person of that role on the branch roster, if any'),
  raisedAt: instant,
});

export const complaintComplaintEscalatedV1 = defineEvent({
  type: 'complaint.complaint.escalated',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: complaintEscalatedV1Schema,
  key: (data) => data.complaintId,
  description:
    'A complaint not replied to in time climbed its branch’s ladder and was reassigned (R17: agent → branch manager → HQ).',
  example: {
    complaintId: 'CMP-SH01-000031',
    branch: 'SH01',
    round: 1,
    level: 2,
    role: 'branch-manager',
    assignee: 'branch-manager',
    raisedAt: '2026-03-02T03:00:00Z',
  },
});
