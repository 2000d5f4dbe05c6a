import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { shipmentExceptionKind } from '../dispatch-tracking/dispatch.tracking.recorded.v1';
import { branchCode, instant, money, staffRef, staffRole } from '../shared.schemas';

export const exceptionClosedV1Schema = z.object({
  exceptionId: z.string().min(1),
  waybillNo: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1),
  kind: shipmentExceptionKind,
  resolution: z.string().min(1).max(2000),
  compensation: money
    .nullable()
    .describe('what the customer is paid for it (billing credits it, R24); null for none'),
  closedBy: staffRef.optional().describe('absent when it closed by itself'),
  closedByRole: staffRole.optional().describe('the role whose authority settled it (R13)'),
  closedAt: instant,
});

export const trackingExceptionClosedV1 = defineEvent({
  type: 'tracking.exception.closed',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: exceptionClosedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'A shipment exception was settled (R13): its resolution and any compensation, within the authority of whoever closed it.',
  example: {
    exceptionId: 'EXC-SH-2025-000012',
    waybillNo: 'SH0000000422',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    kind: 'damage',
    resolution: 'two cartons replaced at our cost; customer agreed',
    compensation: { amountMinor: 40000, currency: 'CNY' },
    closedBy: { userId: 'u-agent-1', username: 'agent' },
    closedByRole: 'agent',
    closedAt: '2025-03-14T06:30:00Z',
  },
});
