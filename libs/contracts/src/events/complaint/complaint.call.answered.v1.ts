import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const callAnsweredV1Schema = z.object({
  callId: z.string().min(1),
  branch: branchCode,
  answeredAt: instant,
  answeredBy: staffRef,
  withinDeadline: z.boolean().describe('R15 5 minutes / R16 30 minutes'),
});

export const complaintCallAnsweredV1 = defineEvent({
  type: 'complaint.call.answered',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: callAnsweredV1Schema,
  key: (data) => data.callId,
  description:
    'A caller who was not answered on the line got the answer (R15, R16): the clock stopped.',
  example: {
    callId: '0f5e8a52-7c1b-4f0e-9b7a-3d2c1e0f9a11',
    branch: 'SH01',
    answeredAt: '2026-03-02T01:04:00Z',
    answeredBy: { userId: 'u-agent-1', username: 'agent' },
    withinDeadline: true,
  },
});
