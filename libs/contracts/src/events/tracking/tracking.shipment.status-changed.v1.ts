import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import {
  shipmentExceptionKind,
  trackingStatus,
} from '../dispatch-tracking/dispatch.tracking.recorded.v1';
import { branchCode, instant } from '../shared.schemas';

export const shipmentStatusChangedV1Schema = z.object({
  waybillNo: z.string().min(1),
  orderId: z.string().min(1),
  branch: branchCode,
  customerId: z.string().min(1),
  status: trackingStatus.describe('the status now; never goes backwards (R11)'),
  previousStatus: trackingStatus.nullable().describe('null for the first step'),
  occurredAt: instant.describe("when it happened, dispatch's time"),
  place: z.object({ code: z.string(), name: z.string() }),
  vehicle: z.object({ plate: z.string() }).optional(),
  promisedDeliveryAt: instant.optional(),
  onTime: z
    .boolean()
    .optional()
    .describe('for `delivered`: delivered by the promised time (R26 on-time rate)'),
  // Added in v1 (additive, optional):
  exception: z
    .object({ kind: shipmentExceptionKind, note: z.string() })
    .optional()
    .describe('for `exception`: what dispatch reported (R13)'),
  driver: z
    .object({ name: z.string() })
    .optional()
    .describe('who drove, when dispatch said (no phone: this event leaves the company)'),
});

export const trackingShipmentStatusChangedV1 = defineEvent({
  type: 'tracking.shipment.status-changed',
  version: 1,
  topic: serviceEventsTopic('tracking'),
  schema: shipmentStatusChangedV1Schema,
  key: (data) => data.waybillNo,
  description:
    "A shipment's status moved forward (R11): picked up, departed, at a hub, out for delivery, delivered, exception. Billing (delivered), complaint (the survey after delivery, R23) and the customer's notifications follow it.",
  example: {
    waybillNo: 'SH0000000422',
    orderId: 'ORD-SH-2025-000042',
    branch: 'SH01',
    customerId: 'CUST-SH-00917',
    status: 'delivered',
    previousStatus: 'out-for-delivery',
    occurredAt: '2025-03-14T07:12:00Z',
    place: { code: 'WH01', name: 'Wuhan branch' },
    vehicle: { plate: '鄂A·55555' },
    promisedDeliveryAt: '2025-03-15T10:00:00Z',
    onTime: true,
  },
});
