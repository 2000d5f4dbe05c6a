import { SetMetadata } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

export interface EventsControllerOptions {
  /**
   * The Kafka consumer group, fixed and explicit: `<service>.<purpose>` (architecture.md).
   * Renaming it makes the group re-read its topics from the start, so treat it as permanent.
   */
  group: string;
}

export interface OnEventOptions {
  topic: string;
}

export const ON_EVENT = 'freight:on-event';

export interface OnEventMetadata extends OnEventOptions {
  type: string;
  /** true for `@OnEventBatch`: the method takes an array of events */
  batch?: boolean;
}

/** Marks a class as a Kafka entry point, like an HTTP controller but for events. */
export const EventsController = DiscoveryService.createDecorator<EventsControllerOptions>();

/**
 * Routes events of one type (the CloudEvents `type`) from a topic to the decorated method,
 * `(event, { manager }) => …`, one event per transaction.
 */
export const OnEvent = (type: string, options: OnEventOptions) =>
  SetMetadata(ON_EVENT, { type, ...options } satisfies OnEventMetadata);

/**
 * For high-rate topics: the method receives up to `batchSize` consecutive events of the type,
 * `(events, { manager }) => …`, in one transaction with one inbox row per event. A topic is
 * consumed either in batches or one by one within a group, not both.
 */
export const OnEventBatch = (type: string, options: OnEventOptions) =>
  SetMetadata(ON_EVENT, { type, ...options, batch: true } satisfies OnEventMetadata);
