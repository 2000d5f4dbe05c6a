import { SetMetadata } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EventContract } from '@freight/contracts';
import type { z } from 'zod';
import type { EventEnvelope } from './envelope';

export interface EventsControllerOptions {
  /**
   * The Kafka consumer group, fixed and explicit: `<service>.<purpose>` (architecture.md).
   * Renaming it makes the group re-read its topics from the start, so treat it as permanent.
   */
  group: string;
}

/** The envelope of a contract's event, as its handler receives it (validated against the schema). */
export type EventOf<C extends EventContract> = EventEnvelope<z.output<C['schema']>>;

export interface OnEventOptions<TEvent = EventEnvelope> {
  /** the topic; taken from the contract when the decorator is given one */
  topic?: string;
  /**
   * Only the events this accepts reach the handler; the others are acknowledged (recorded in
   * the inbox) and skipped — e.g. a service taking only the escalations of its own subjects:
   * `where: (e) => e.data.subject.type === 'complaint'`.
   */
  where?: (event: TEvent) => boolean;
}

export const ON_EVENT = 'freight:on-event';

export interface OnEventMetadata {
  type: string;
  topic: string;
  /** true for `@OnEventBatch`: the method takes an array of events */
  batch?: boolean;
  where?: (event: EventEnvelope) => boolean;
}

/** Marks a class as a Kafka entry point, like an HTTP controller but for events. */
export const EventsController = DiscoveryService.createDecorator<EventsControllerOptions>();

function metadataOf(
  event: EventContract | string,
  options: OnEventOptions<never>,
  batch: boolean,
): OnEventMetadata {
  const type = typeof event === 'string' ? event : event.type;
  const topic = options.topic ?? (typeof event === 'string' ? undefined : event.topic);
  if (!topic) throw new Error(`@OnEvent('${type}') needs a topic (or pass the contract)`);
  return { type, topic, batch, where: options.where as OnEventMetadata['where'] };
}

/**
 * Routes events of one contract to the decorated method, `(event, { manager }) => …`, one event
 * per transaction. The topic is the contract's: `@OnEvent(orderPlacedV1)`. A bare type string
 * with an explicit topic is for tests with registries of their own.
 */
export function OnEvent<C extends EventContract>(
  contract: C,
  options?: OnEventOptions<EventOf<C>>,
): MethodDecorator;
export function OnEvent(type: string, options: OnEventOptions & { topic: string }): MethodDecorator;
export function OnEvent(event: EventContract | string, options: OnEventOptions<never> = {}) {
  return SetMetadata(ON_EVENT, metadataOf(event, options, false));
}

/**
 * For high-rate topics: the method receives up to `batchSize` consecutive events of the type,
 * `(events, { manager }) => …`, in one transaction with one inbox row per event. A topic is
 * consumed either in batches or one by one within a group, not both.
 */
export function OnEventBatch<C extends EventContract>(
  contract: C,
  options?: OnEventOptions<EventOf<C>>,
): MethodDecorator;
export function OnEventBatch(
  type: string,
  options: OnEventOptions & { topic: string },
): MethodDecorator;
export function OnEventBatch(event: EventContract | string, options: OnEventOptions<never> = {}) {
  return SetMetadata(ON_EVENT, metadataOf(event, options, true));
}
