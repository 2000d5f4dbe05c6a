import {
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KafkaClient } from '../kafka-client';
import { declaredTopic } from '../namespace';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { OutboxRelay } from './outbox-relay';

/**
 * Runs the service's outbox relay for the life of the app: every replica runs one, and they
 * share the work (docs/decisions/0010). Stopped on shutdown after the pass in flight.
 */
@Injectable()
export class OutboxRelayHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private relay?: OutboxRelay;

  constructor(
    private readonly kafka: KafkaClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.relay === false) return;
    if (!this.dataSource)
      throw new Error(
        'MessagingModule.forService needs a TypeORM DataSource for the outbox relay (or relay: false)',
      );
    const { namespace, topicPartitions } = this.options;
    this.relay = new OutboxRelay({
      // brokers run with auto-creation off: a topic is created, as declared, before its first event
      ensureTopics: (topics) =>
        this.kafka.ensureTopics(
          topics.map((topic) => declaredTopic(namespace, topic, topicPartitions)),
        ),
      ...this.options.relay,
      dataSource: this.dataSource,
      kafka: this.kafka,
      metricsRegistry: this.options.metricsRegistry,
    });
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
