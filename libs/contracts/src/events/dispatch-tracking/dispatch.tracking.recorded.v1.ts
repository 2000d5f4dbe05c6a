import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { Topics } from '../../topics';
import { instant } from '../shared.schemas';

/** The shipment states dispatch reports (R11). */
export const trackingStatus = z.enum([
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
  'exception',
]);

/** The exceptions customer service must act on (R13). */
export const shipmentExceptionKind = z.enum([
  'delay',
  'damage',
  'shortage',
  'wrong-delivery',
  'refusal',
]);

export const trackingRecordedV1Schema = z
  .object({
    waybillNo: z.string().min(1).describe('the waybill number printed on every label (R5)'),
    status: trackingStatus.describe('what happened to the shipment'),
    occurredAt: instant.describe('when it happened, RFC 3339 with offset'),
    place: z
      .object({
        code: z.string().min(1).describe("dispatch's code of the hub, branch or stop"),
        name: z.string().min(1).describe('the place as people call it'),
      })
      .describe('where it happened'),
    vehicle: z
      .object({ plate: z.string().min(1).describe('licence plate') })
      .describe('the vehicle that carried it'),
    exception: z
      .object({
        kind: shipmentExceptionKind,
        note: z.string().describe("dispatch's free-text description"),
      })
      .optional()
      .describe('present exactly when `status` is `exception` (R13)'),
  })
  .superRefine((event, ctx) => {
    if ((event.status === 'exception') !== (event.exception !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['exception'],
        message: 'exception is required exactly when status is "exception"',
      });
    }
  });

export const dispatchTrackingRecordedV1 = defineEvent({
  type: 'dispatch.tracking.recorded',
  version: 1,
  topic: Topics.dispatchTracking,
  schema: trackingRecordedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'Dispatch recorded a step of a shipment (R11): picked up, departed, arrived at a hub, out for delivery, delivered, or an exception (R13).',
  example: {
    waybillNo: 'SH20250312000042',
    status: 'arrived-at-hub',
    occurredAt: '2025-03-13T06:41:00Z',
    place: { code: 'HUB-WH01', name: 'Wuhan hub' },
    vehicle: { plate: '沪A·12345' },
  },
});
