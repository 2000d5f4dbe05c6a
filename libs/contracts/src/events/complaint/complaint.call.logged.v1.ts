import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef } from '../shared.schemas';

export const callLoggedV1Schema = z.object({
  callId: z.string().min(1),
  branch: branchCode,
  kind: z.enum(['inquiry', 'complaint', 'cargo-lookup', 'internal', 'other']),
  agent: staffRef.describe('who took the call (R10)'),
  customerId: z.string().min(1).optional().describe('matched by phone when known (R15)'),
  waybillNo: z.string().min(1).optional().describe('asked about on a cargo-lookup call (R12)'),
  important: z.boolean().describe('R19'),
  answeredOnCall: z.boolean(),
  startedAt: instant,
  answerDueAt: instant.optional().describe('R15: 5 minutes; R16: 30 minutes for internal calls'),
});

export const complaintCallLoggedV1 = defineEvent({
  type: 'complaint.call.logged',
  version: 1,
  topic: serviceEventsTopic('complaint'),
  schema: callLoggedV1Schema,
  key: (data) => data.callId,
  description:
    'A call was recorded (R15, R16, R12); when the caller was not answered on the line, the answer clock runs.',
  example: {
    callId: '0f5e8a52-7c1b-4f0e-9b7a-3d2c1e0f9a11',
    branch: 'SH01',
    kind: 'cargo-lookup',
    agent: { userId: 'u-agent-1', username: 'agent' },
    customerId: 'CUST-SH-0001',
    waybillNo: 'SH0000000422',
    important: false,
    answeredOnCall: false,
    startedAt: '2026-03-02T01:00:00Z',
    answerDueAt: '2026-03-02T01:05:00Z',
  },
});
