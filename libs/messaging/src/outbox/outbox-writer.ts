import { contractRegistry, ContractRegistry, EventData, KnownEventType } from '@freight/contracts';
import type { EntityManager } from 'typeorm';
import { createEnvelope, envelopeHeaders, EventEnvelope } from '../envelope';
import { namespaced } from '../namespace';

/** An event a handler records; its topic, key and schema come from the contract registry. */
export interface OutgoingEvent<TData = unknown, TType extends string = string> {
  type: TType;
  /** the contract version; the newest one when left out */
  version?: number;
  data: TData;
  branch?: string;
  correlationid?: string;
  causationid?: string;
  /** set only to re-emit an event under a known id; a fresh uuid otherwise */
  id?: string;
  time?: Date;
}

/**
 * An event of a contract in @freight/contracts, its `data` checked at compile time against the
 * contract: `{ type: 'order.placed', data: … }` names a wrong or missing field before it runs.
 */
export type KnownOutgoingEvent = {
  [T in KnownEventType]: OutgoingEvent<EventData<T>, T>;
}[KnownEventType];

export interface OutboxWriterOptions {
  /** the producing service: the envelope's `source` becomes `/freight/<service>` */
  service: string;
  registry?: ContractRegistry;
  /** prefixes the topics written (KAFKA_NAMESPACE; namespace.ts) */
  namespace?: string;
  /** the service's clock: the envelopes' `time` unless an event names its own */
  clock?: { now(): Date };
}

export class OutboxNeedsTransactionError extends Error {
  constructor() {
    super(
      "OutboxWriter.append needs the caller's transaction: pass the EntityManager of dataSource.transaction(...)",
    );
    this.name = 'OutboxNeedsTransactionError';
  }
}

/**
 * Records events in the service's `outbox` table inside the CALLER's transaction, so they exist
 * exactly when the state change commits (no dual write). It never opens a transaction of its
 * own, and refuses a manager without one. The relay publishes them after commit.
 */
export class OutboxWriter<E extends OutgoingEvent = KnownOutgoingEvent> {
  private readonly registry: ContractRegistry;

  constructor(private readonly options: OutboxWriterOptions) {
    this.registry = options.registry ?? contractRegistry;
  }

  async append(manager: EntityManager, events: E | E[]): Promise<EventEnvelope[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxNeedsTransactionError();
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return [];
    const rows = list.map((event) => this.toRow(event));
    // The rows as one JSON array, inserted in its order (ids, hence per-key order, follow it):
    // node-postgres would otherwise quote every envelope into an array literal, which took
    // longer than the insert itself.
    await manager.query(
      `INSERT INTO outbox (event_id, topic, key, envelope, headers)
       SELECT event_id, topic, key, envelope, headers
         FROM jsonb_to_recordset($1::jsonb)
              AS r(event_id uuid, topic text, key text, envelope jsonb, headers jsonb)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            event_id: r.envelope.id,
            topic: r.topic,
            key: r.envelope.subject,
            envelope: r.envelope,
            headers: envelopeHeaders(r.envelope),
          })),
        ),
      ],
    );
    return rows.map((r) => r.envelope);
  }

  /** Validates against the contract (a ZodError names the bad field) and builds the envelope. */
  private toRow({ type, version, data, time, ...meta }: OutgoingEvent) {
    const contract = this.registry.get(type, version);
    const valid = contract.schema.parse(data);
    const envelope = createEnvelope({
      ...meta,
      time: time ?? this.options.clock?.now(),
      source: `/freight/${this.options.service}`,
      type,
      subject: contract.key(valid),
      dataversion: String(contract.version),
      data: valid,
    });
    return { topic: namespaced(this.options.namespace, contract.topic), envelope };
  }
}
