import { z } from 'zod';

/** `<service>.<aggregate>.<past-tense-verb>` (commands to the scheduler use an imperative verb). */
export const eventTypeName = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);

/**
 * CloudEvents 1.0 structured-mode JSON envelope with the platform's extensions (architecture.md,
 * Messaging). `data` is checked separately, against the contract of (`type`, `dataversion`).
 * Loose: CloudEvents lets producers add extensions, and a consumer must not reject them.
 */
export const eventEnvelopeSchema = z.looseObject({
  specversion: z.literal('1.0'),
  id: z.string().min(1).describe('unique per event; consumers de-duplicate on it'),
  source: z
    .string()
    .min(1)
    .describe('the producing system as a URI reference, e.g. `/freight/billing`'),
  type: eventTypeName.describe('the event type, e.g. `billing.invoice.issued`'),
  time: z.iso.datetime({ offset: true }).describe('when the fact happened (RFC 3339)'),
  subject: z.string().min(1).describe('the aggregate the event is about; also the Kafka key'),
  datacontenttype: z.literal('application/json'),
  dataversion: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .describe('major version of the `data` schema'),
  correlationid: z.string().min(1).optional().describe('the request or flow this event belongs to'),
  causationid: z.string().min(1).optional().describe('the id of the message that caused this one'),
  branch: z.string().min(1).optional().describe('the branch whose data this is (R41 scoping)'),
  data: z.unknown(),
});

export type EventEnvelopeShape = z.infer<typeof eventEnvelopeSchema>;
