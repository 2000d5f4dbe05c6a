import { v7 as uuidv7 } from 'uuid';

/**
 * CloudEvents 1.0 structured-mode JSON envelope with the platform's extensions
 * (architecture.md, Messaging). Every event on every topic travels in one of these.
 */
export interface EventEnvelope<TData = unknown> {
  specversion: '1.0';
  id: string;
  /** the producing service, as a URI reference: `/freight/<service>` */
  source: string;
  /** `<service>.<aggregate>.<past-tense-verb>`, e.g. `order.quote.requested` */
  type: string;
  time: string;
  /** the aggregate id; also the Kafka key, so one aggregate's events stay in order */
  subject: string;
  datacontenttype: 'application/json';
  dataversion: string;
  correlationid?: string;
  causationid?: string;
  branch?: string;
  data: TData;
}

export interface NewEvent<TData> {
  source: string;
  type: string;
  subject: string;
  data: TData;
  dataversion?: string;
  correlationid?: string;
  causationid?: string;
  branch?: string;
  id?: string;
  time?: Date;
}

/**
 * A new event's envelope. Its id is a UUIDv7: ids made later sort later, so every consumer's
 * inbox (whose key is the id) grows at the right edge of its index instead of writing into
 * random pages of it — half of Postgres's work per inbox row (docs/benchmarks.md, inbox).
 */
export function createEnvelope<TData>(event: NewEvent<TData>): EventEnvelope<TData> {
  const { time, id, dataversion, ...rest } = event;
  return {
    specversion: '1.0',
    id: id ?? uuidv7(),
    time: (time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataversion: dataversion ?? '1',
    ...rest,
  };
}

/** Kafka headers that let brokers' tools and tracing see an event without parsing its body. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  return {
    'ce-id': envelope.id,
    'ce-type': envelope.type,
    ...(envelope.correlationid ? { traceparent: envelope.correlationid } : {}),
  };
}
