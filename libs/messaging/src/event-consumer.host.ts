import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { contractRegistry } from '@freight/contracts';
import { DataSource } from 'typeorm';
import { ConsumerMetrics } from './consumer/consumer-metrics';
import { EventConsumer } from './consumer/event-consumer';
import type {
  EventBatchHandler,
  EventBatchRoute,
  EventHandler,
  EventRoute,
} from './consumer/event-routes';
import { InboxPruner } from './inbox/inbox-pruner';
import { KafkaClient } from './kafka-client';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { namespaced } from './namespace';
import { EventsController, ON_EVENT, OnEventMetadata } from './on-event.decorator';

interface GroupRoutes {
  routes: EventRoute[];
  batchRoutes: EventBatchRoute[];
}

/**
 * Finds every `@EventsController` method marked `@OnEvent`/`@OnEventBatch` and runs one
 * EventConsumer per consumer group, named exactly as declared. Nest's stock Kafka server is not
 * used: see docs/decisions/0002-kafka-consumer-in-a-nest-module.md.
 */
@Injectable()
export class EventConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventConsumerHost.name);
  private readonly consumers: EventConsumer[] = [];
  private inboxPruner?: InboxPruner;
  private readonly retries: NodeJS.Timeout[] = [];
  private stopping = false;
  /** one per group: resolves when the group has joined and subscribed */
  private readonly joined: Promise<void>[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly kafka: KafkaClient,
    @Optional() private readonly dataSource?: DataSource,
    @Optional() @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions = {},
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const registry = this.options.registry ?? contractRegistry;
    const metrics = this.options.metricsRegistry
      ? new ConsumerMetrics(this.options.metricsRegistry)
      : undefined;
    for (const [group, { routes, batchRoutes }] of this.discoverRoutes()) {
      for (const route of [...routes, ...batchRoutes]) {
        if (!registry.knowsType(route.type))
          this.logger.warn(
            `${group}: ${route.type} has no contract in @freight/contracts; only its envelope is validated`,
          );
      }
      if (!this.dataSource)
        this.logger.warn(
          `${group}: no TypeORM DataSource in scope, so no inbox: effects are at-least-once`,
        );
      const consumer = new EventConsumer({
        ...this.options.consumer,
        kafka: this.kafka,
        group,
        isRefusal: this.options.isRefusal,
        namespace: this.options.namespace,
        topicPartitions: this.options.topicPartitions,
        routes,
        batchRoutes,
        dataSource: this.dataSource,
        registry,
        metrics,
      });
      this.consumers.push(consumer);
      this.joined.push(
        new Promise<void>((resolve) => void this.startOrKeepTrying(group, consumer, resolve)),
      );
    }
    if (this.dataSource && this.consumers.length > 0) {
      this.inboxPruner = new InboxPruner({
        ...this.options.inbox,
        dataSource: this.dataSource,
        logger: this.logger,
      });
      this.inboxPruner.start();
    }
  }

  /**
   * Resolves once every consumer group of the service has joined and subscribed (they join in
   * the background: a broker that is down does not hold the start). Tests wait on it.
   */
  async subscribed(): Promise<void> {
    await Promise.all(this.joined);
  }

  /** Consumer groups of this service that are not members of their group now (readiness). */
  groupsNotJoined(): string[] {
    return this.consumers
      .filter((consumer) => !consumer.isJoined)
      .map((consumer) => consumer.group);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.retries.splice(0)) clearTimeout(timer);
    await Promise.all([
      ...this.consumers.splice(0).map((consumer) => consumer.stop()),
      this.inboxPruner?.stop(),
    ]);
  }

  /**
   * A broker that is down at start-up must neither stop nor delay the service's start (its
   * /health/ready reports Kafka): consumers join in the background and keep trying. A new group
   * reads from the beginning, so nothing published before it joined is missed.
   */
  private async startOrKeepTrying(
    group: string,
    consumer: EventConsumer,
    joined: () => void,
    delayMs = 1000,
  ) {
    try {
      await consumer.start();
      this.logger.log(`consumer group ${group} subscribed to ${consumer.topics.join(', ')}`);
      joined();
    } catch (error) {
      if (this.stopping) return;
      this.logger.error(
        `consumer group ${group} could not start, retrying in ${delayMs} ms: ${String(error)}`,
      );
      await consumer
        .stop()
        .catch((stopError: unknown) =>
          this.logger.warn(
            `consumer group ${group}: stopping the failed consumer: ${String(stopError)}`,
          ),
        );
      const retry = setTimeout(
        () => void this.startOrKeepTrying(group, consumer, joined, Math.min(delayMs * 2, 30_000)),
        delayMs,
      );
      this.retries.push(retry);
    }
  }

  private discoverRoutes(): Map<string, GroupRoutes> {
    const scanner = new MetadataScanner();
    const groups = new Map<string, GroupRoutes>();
    const wrappers = [
      ...this.discovery.getControllers({ metadataKey: EventsController.KEY }),
      ...this.discovery.getProviders({ metadataKey: EventsController.KEY }),
    ];
    const { namespace } = this.options;
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as
        Record<string, EventHandler & EventBatchHandler> | undefined;
      const options = this.discovery.getMetadataByDecorator(EventsController, wrapper);
      if (!instance || !options) continue;
      const name = namespaced(namespace, options.group);
      const group = groups.get(name) ?? { routes: [], batchRoutes: [] };
      groups.set(name, group);
      for (const method of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const route: OnEventMetadata | undefined = Reflect.getMetadata(ON_EVENT, instance[method]);
        if (!route) continue;
        const topic = namespaced(namespace, route.topic);
        const { where } = route;
        const bound = instance[method].bind(instance);
        if (route.batch) {
          const handleBatch: EventBatchHandler = where
            ? (events, context) => {
                const kept = events.filter(where);
                return kept.length > 0 ? bound(kept, context) : undefined;
              }
            : bound;
          group.batchRoutes.push({ topic, type: route.type, handleBatch });
        } else {
          const handle: EventHandler = where
            ? (event, context) => (where(event) ? bound(event, context) : undefined)
            : bound;
          group.routes.push({ topic, type: route.type, handle });
        }
      }
    }
    return groups;
  }
}
