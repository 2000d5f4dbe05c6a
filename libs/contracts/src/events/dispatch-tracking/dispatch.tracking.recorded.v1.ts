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

/** What every tracking step carries, whatever its status. */
const trackingStep = {
  waybillNo: z.string().min(1).describe('the waybill number printed on every label (R5)'),
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
  // Added in v1 (additive, optional): the issue's timelines show who drove (R11).
  driver: z
    .object({
      name: z.string().min(1).max(50).describe("the driver's name"),
      phone: z.string().min(3).max(30).optional().describe("the driver's phone, for staff only"),
    })
    .optional()
    .describe('who drove the vehicle, when dispatch knows it'),
};

/**
 * R13: `exception` is present exactly when `status` is `exception`. Written as a union on
 * `status` rather than a refinement, so the JSON Schema partners validate with (docs/asyncapi.yaml)
 * enforces the rule too, not only describes it.
 */
export const trackingRecordedV1Schema = z.discriminatedUnion('status', [
  z.object({
    ...trackingStep,
    status: trackingStatus.exclude(['exception']).describe('what happened to the shipment'),
    exception: z
      .never({ error: 'exception is allowed only when status is "exception" (R13)' })
      .optional()
      .describe('absent unless `status` is `exception` (R13)'),
  }),
  z.object({
    ...trackingStep,
    status: z.literal('exception').describe('dispatch reports an exception (R13)'),
    exception: z
      .object(
        {
          kind: shipmentExceptionKind,
          note: z.string().describe("dispatch's free-text description"),
        },
        {
          error: (issue) =>
            issue.input === undefined
              ? 'exception is required when status is "exception" (R13)'
              : undefined,
        },
      )
      .describe('what went wrong (R13)'),
  }),
]);

export const dispatchTrackingRecordedV1 = defineEvent({
  type: 'dispatch.tracking.recorded',
  version: 1,
  topic: Topics.dispatchTracking,
  schema: trackingRecordedV1Schema,
  key: (data) => data.waybillNo,
  description:
    'Dispatch recorded a step of a shipment (R11): picked up, departed, arrived at a hub, out for delivery, delivered, or an exception (R13).',
  example: {
    waybillNo: 'SH0000000422',
    status: 'arrived-at-hub',
    occurredAt: '2025-03-13T06:41:00Z',
    place: { code: 'HUB-WH01', name: 'Wuhan hub' },
    vehicle: { plate: '沪A·12345' },
  },
});
