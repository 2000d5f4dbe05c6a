import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { shipmentExceptionKind } from '../dispatch-tracking/dispatch.tracking.recorded.v1';
import { branchCode, instant, staffRef, staffRole } from '../shared.schemas';

export const exceptionRaisedV1Schema = z.object({
  exceptionId: z.string().min(1),
  waybillNo: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1).optional(),
  kind: shipmentExceptionKind,
  source: z
    .enum(['dispatch', 'agent', 'delay-detection'])
    .describe('reported by dispatch, recorded by an agent, or raised by itself (R13)'),
  note: z.string().max(2000),
  raisedAt: instant,
  // Added in v1 (additive, optional):
  raisedBy: staffRef.optional().describe('the member of staff who recorded it (source `agent`)'),
  assignedRole: staffRole
    .optional()
    .describe('who handles it now: the agent first (R13), a superior once escalated'),
});

export const trackingExceptionRaisedV1 = defineEvent({
  type: 'tracking.exception.raised',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: exceptionRaisedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'A shipment exception was raised (R13): delay, damage, shortage, wrong delivery, refusal.',
  example: {
    exceptionId: 'EXC-SH-2025-000012',
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    kind: 'delay',
    source: 'delay-detection',
    note: 'not delivered by the promised time 2025-03-15 18:00 (Asia/Shanghai)',
    raisedAt: '2025-03-15T10:00:00Z',
  },
});
