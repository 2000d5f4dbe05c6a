import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '../envelope';

/** What a handler gets besides the event: the transaction its inbox row is written in. */
export interface EventContext {
  /**
   * The EntityManager of the transaction that also records the event in the inbox: write the
   * effect through it, and a redelivery finds the inbox row and skips the handler.
   */
  readonly manager: EntityManager;
  readonly topic: string;
  readonly partition: number;
}

export type EventHandler<TData = unknown> = (
  event: EventEnvelope<TData>,
  context: EventContext,
) => unknown;
export type EventBatchHandler<TData = unknown> = (
  events: EventEnvelope<TData>[],
  context: EventContext,
) => unknown;

/** One event type on one topic, handled one message per transaction. */
export interface EventRoute {
  topic: string;
  type: string;
  handle: EventHandler;
}

/** One event type on a high-rate topic, handled a batch per transaction (one inbox row per event). */
export interface EventBatchRoute {
  topic: string;
  type: string;
  handleBatch: EventBatchHandler;
}
