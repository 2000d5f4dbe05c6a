import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant, staffRef, staffRole } from '../shared.schemas';

export const exceptionEscalatedV1Schema = z.object({
  exceptionId: z.string().min(1),
  waybillNo: z.string().min(1),
  branch: branchCode,
  fromRole: staffRole,
  toRole: staffRole.describe('who handles it now'),
  cause: z
    .enum(['beyond-authority', 'deadline'])
    .describe(
      'passed up by the handler (beyond their authority, R13) or by its deadline lapsing (R39)',
    ),
  reason: z.string().max(2000),
  escalatedBy: staffRef.optional().describe('absent when the deadline escalated it'),
  escalatedAt: instant,
});

export const trackingExceptionEscalatedV1 = defineEvent({
  type: 'tracking.exception.escalated',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: exceptionEscalatedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'A shipment exception went up the ladder (R13): the agent could not settle it within their authority, or its handling deadline lapsed.',
  example: {
    exceptionId: 'EXC-SH-2025-000012',
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    fromRole: 'agent',
    toRole: 'branch-manager',
    cause: 'beyond-authority',
    reason: 'customer asks ¥1,200 for two crushed cartons; my limit is ¥500',
    escalatedBy: { userId: 'u-agent-1', username: 'agent' },
    escalatedAt: '2025-03-14T04:00:00Z',
  },
});
