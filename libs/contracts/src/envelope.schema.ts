import { z } from 'zod';

// `<service>.<aggregate>.<verb>`, the aggregate left out when it is named like its service
// (`order.placed`, registry.spec.ts): two segments at least, or consumers dead-letter them
const typeNamePattern = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const dataVersionPattern = /^[1-9][0-9]*$/;
const rfc3339 = z.iso.datetime({ offset: true });
/** The pattern `rfc3339` checks a string with (zod's own), for the hot path below. */
const rfc3339Pattern = z.regexes.datetime({ offset: true });

/** `<service>.<aggregate>.<past-tense-verb>` (commands to the scheduler use an imperative verb). */
export const eventTypeName = z.string().regex(typeNamePattern);

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
  time: rfc3339.describe('when the fact happened (RFC 3339)'),
  subject: z.string().min(1).describe('the aggregate the event is about; also the Kafka key'),
  datacontenttype: z.literal('application/json'),
  dataversion: z.string().regex(dataVersionPattern).describe('major version of the `data` schema'),
  correlationid: z.string().min(1).optional().describe('the request or flow this event belongs to'),
  causationid: z.string().min(1).optional().describe('the id of the message that caused this one'),
  branch: z.string().min(1).optional().describe('the branch whose data this is (R41 scoping)'),
  data: z.unknown(),
});

export type EventEnvelopeShape = z.infer<typeof eventEnvelopeSchema>;

/**
 * Checks an envelope on the consumers' hot path: the same verdict as `eventEnvelopeSchema`, but a
 * valid envelope (nearly every one) is checked field by field and returned as it is, without
 * zod's copy; anything else goes to the schema, which gives the verdict and the message.
 * `envelope.schema.spec.ts` holds the two to the same verdict, field by field.
 */
export function parseEnvelope(json: unknown): z.ZodSafeParseResult<EventEnvelopeShape> {
  if (isValidEnvelope(json)) return { success: true, data: json };
  return eventEnvelopeSchema.safeParse(json);
}

function isValidEnvelope(value: unknown): value is EventEnvelopeShape {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  return (
    e.specversion === '1.0' &&
    nonEmpty(e.id) &&
    nonEmpty(e.source) &&
    typeof e.type === 'string' &&
    typeNamePattern.test(e.type) &&
    typeof e.time === 'string' &&
    rfc3339Pattern.test(e.time) &&
    nonEmpty(e.subject) &&
    e.datacontenttype === 'application/json' &&
    typeof e.dataversion === 'string' &&
    dataVersionPattern.test(e.dataversion) &&
    absentOrNonEmpty(e.correlationid) &&
    absentOrNonEmpty(e.causationid) &&
    absentOrNonEmpty(e.branch) &&
    e.data !== undefined
  );
}

const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;
const absentOrNonEmpty = (v: unknown) => v === undefined || nonEmpty(v);
